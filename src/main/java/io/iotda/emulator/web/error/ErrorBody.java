package io.iotda.emulator.web.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** IoTDA's error envelope. Gateway errors also carry the request id in the body. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ErrorResponse", description = "IoTDA error envelope")
public record ErrorBody(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "IOTDA.014221") @JsonProperty("error_code") String errorCode,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "The batch task does not exist.") @JsonProperty("error_msg") String errorMsg,
		@Schema(description = "Only on API gateway errors (APIG.*, APIGW.*): the X-Request-Id",
				example = "7127b37e51a7450fa40bab093344d161") @JsonProperty("request_id") String requestId) {

	public static ErrorBody of(IotdaError error, String detail, String requestId) {
		return new ErrorBody(error.code(), error.messageWith(detail), error.fromGateway() ? requestId : null);
	}

}
