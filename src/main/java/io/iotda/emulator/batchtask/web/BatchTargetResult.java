package io.iotda.emulator.batchtask.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.web.error.IotdaError;
import io.swagger.v3.oas.annotations.media.Schema;

/** The outcome of a stop, retry or confirm for one named target. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BatchTargetResult")
public record BatchTargetResult(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The target",
				example = "e495cf17-ff79-4294-8f64-4d367919d665") @JsonProperty("target") String target,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "success or failure", allowableValues = {
				"success", "failure" }) @JsonProperty("status") String status,
		@Schema(description = "Only on failure", example = "IOTDA.014219") @JsonProperty("error_code") String errorCode,
		@Schema(description = "Only on failure",
				example = "Invalid input. The target is not in the task") @JsonProperty("error_msg") String errorMsg){

	public static BatchTargetResult success(String target) {
		return new BatchTargetResult(target, "success", null, null);
	}

	public static BatchTargetResult failure(String target, IotdaError error) {
		return new BatchTargetResult(target, "failure", error.code(), error.message());
	}

	public boolean succeeded() {
		return "success".equals(this.status);
	}

}
