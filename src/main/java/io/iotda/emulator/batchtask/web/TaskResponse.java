package io.iotda.emulator.batchtask.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.batchtask.SubtaskStatus;
import io.iotda.emulator.batchtask.TaskProgress;
import io.iotda.emulator.batchtask.TaskStatus;
import io.iotda.emulator.batchtask.TaskType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A batch task as the API shows it (create's answer, list's elements, show's batchtask).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Task", description = "A batch task; null fields are left out")
public record TaskResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "66a1c2d3e4f5a6b7c8d9e0f1",
		description = "24 lower-case hex digits, increasing with creation") @JsonProperty("task_id") String taskId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "firmware_upgrade_demo") @JsonProperty("task_name") String taskName,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("task_type") TaskType taskType,
		@Schema(allowableValues = "GATEWAY") @JsonProperty("task_mode") String taskMode,
		@JsonProperty("need_confirm") Boolean needConfirm,
		@JsonProperty("task_ext_info") Map<String, Object> taskExtInfo, @JsonProperty("targets") List<String> targets,
		@JsonProperty("targets_filter") Map<String, Object> targetsFilter,
		@JsonProperty("document") Map<String, Object> document, @JsonProperty("task_policy") TaskPolicy taskPolicy,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("status") TaskStatus status,
		@Schema(description = "Why the task is in its status, when there is something to say") @JsonProperty("status_desc") String statusDesc,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("task_progress") Progress taskProgress,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "yyyyMMdd'T'HHmmss'Z' in UTC",
				example = "20240627T081530Z",
				pattern = "^\\d{8}T\\d{6}Z$") @JsonProperty("create_time") String createTime) {

	/** Subtask counts by status; they add up to total. */
	@Schema(name = "TaskProgress", description = "Subtask counts by status; they always add up to total")
	public record Progress(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("total") int total,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("processing") int processing,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("success") int success,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("fail") int fail,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("waitting") int waitting,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("fail_wait_retry") int failWaitRetry,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("stopped") int stopped,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("removed") int removed) {

		public static Progress of(TaskProgress progress) {
			return new Progress(progress.total(), progress.count(SubtaskStatus.PROCESSING),
					progress.count(SubtaskStatus.SUCCESS), progress.count(SubtaskStatus.FAIL),
					progress.count(SubtaskStatus.WAITTING), progress.count(SubtaskStatus.FAIL_WAIT_RETRY),
					progress.count(SubtaskStatus.STOPPED), progress.count(SubtaskStatus.REMOVED));
		}

	}

}
