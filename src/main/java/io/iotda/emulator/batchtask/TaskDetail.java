package io.iotda.emulator.batchtask;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** One subtask in show's task_details. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TaskDetail")
public record TaskDetail(@JsonProperty("target") String target, @JsonProperty("status") SubtaskStatus status,
		@JsonProperty("output") String output,
		@Schema(description = "Only when the subtask failed") @JsonProperty("error") Error error) {

	static TaskDetail of(Subtask subtask) {
		Error error = (subtask.getErrorCode() != null) ? new Error(subtask.getErrorCode(), subtask.getErrorMsg())
				: null;
		return new TaskDetail(subtask.getTarget(), subtask.getStatus(), subtask.getOutput(), error);
	}

	@Schema(name = "ErrorInfo")
	public record Error(@JsonProperty("error_code") String errorCode, @JsonProperty("error_msg") String errorMsg) {
	}

}
