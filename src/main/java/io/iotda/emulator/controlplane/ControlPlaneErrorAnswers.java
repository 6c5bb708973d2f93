package io.iotda.emulator.controlplane;

import io.iotda.emulator.web.error.ErrorBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers every control-plane operation can give, in IoTDA's envelope, for its
 * OpenAPI document: bad input, the control plane's own credential in {@code verify} mode,
 * and the unexpected.
 */
@Documented
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400", description = "Bad Request: a parameter or field breaks its rule (IOTDA.000006)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = @ExampleObject(name = "IOTDA.000006", summary = "A field breaks its rule", value = """
						{"error_code":"IOTDA.000006","error_msg":"Invalid input data. status must be 100 to 599."}""")))
@ApiResponse(responseCode = "401",
		description = "Unauthorized: verify mode, and no X-Emulator-Token was sent (APIG.0301)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = @ExampleObject(name = "APIG.0301", summary = "No control-plane token",
						value = """
								{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: x-emulator-token not found (the control plane's credential)","request_id":"7127b37e51a7450fa40bab093344d161"}""")))
@ApiResponse(responseCode = "403",
		description = "Forbidden: verify mode, and another X-Emulator-Token was sent (IOTDA.000004) or none is "
				+ "configured (EMULATOR.0403, emulator code)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = { @ExampleObject(name = "IOTDA.000004", summary = "Another token", value = """
						{"error_code":"IOTDA.000004","error_msg":"Invalid access token."}"""), @ExampleObject(
						name = "EMULATOR.0403", summary = "No token configured",
						value = """
								{"error_code":"EMULATOR.0403","error_msg":"The emulator control plane is closed. In verify mode it needs a credential: set iotda.emulator.control-plane.token (IOTDA_EMULATOR_CONTROLPLANE_TOKEN) and send it as X-Emulator-Token."}""") }))
@ApiResponse(responseCode = "500",
		description = "Internal Server Error (IOTDA.000001); the cause is logged with the request id",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = @ExampleObject(name = "IOTDA.000001", summary = "Something unexpected", value = """
						{"error_code":"IOTDA.000001","error_msg":"Internal server error."}""")))
public @interface ControlPlaneErrorAnswers {

}
