package io.iotda.emulator.batchtask.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.batchtask.Subtask;
import io.iotda.emulator.batchtask.SubtaskStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/** One subtask in show's task_details. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TaskDetail", description = "One subtask: the task on one target")
public record TaskDetail(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "e495cf17-ff79-4294-8f64-4d367919d665") @JsonProperty("target") String target,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("status") SubtaskStatus status,
		@Schema(description = "What the device reported, when it reported something") @JsonProperty("output") String output,
		@Schema(description = "Only when the subtask failed") @JsonProperty("error") Error error) {

	public static TaskDetail of(Subtask subtask) {
		Error error = (subtask.getErrorCode() != null) ? new Error(subtask.getErrorCode(), subtask.getErrorMsg())
				: null;
		return new TaskDetail(subtask.getTarget(), subtask.getStatus(), subtask.getOutput(), error);
	}

	@Schema(name = "ErrorInfo", description = "Why a subtask failed")
	public record Error(@JsonProperty("error_code") String errorCode, @JsonProperty("error_msg") String errorMsg) {
	}

}
