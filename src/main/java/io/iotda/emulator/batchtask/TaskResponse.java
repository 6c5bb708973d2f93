package io.iotda.emulator.batchtask;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A batch task as the API shows it (create's answer, list's elements, show's batchtask).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Task")
public record TaskResponse(@Schema(example = "66a1c2d3e4f5a6b7c8d9e0f1") @JsonProperty("task_id") String taskId,
		@JsonProperty("task_name") String taskName, @JsonProperty("task_type") TaskType taskType,
		@JsonProperty("task_mode") String taskMode, @JsonProperty("need_confirm") Boolean needConfirm,
		@JsonProperty("task_ext_info") Map<String, Object> taskExtInfo, @JsonProperty("targets") List<String> targets,
		@JsonProperty("targets_filter") Map<String, Object> targetsFilter,
		@JsonProperty("document") Map<String, Object> document, @JsonProperty("task_policy") TaskPolicy taskPolicy,
		@JsonProperty("status") TaskStatus status, @JsonProperty("status_desc") String statusDesc,
		@JsonProperty("task_progress") Progress taskProgress, @Schema(description = "yyyyMMdd'T'HHmmss'Z' in UTC",
				example = "20240627T081530Z") @JsonProperty("create_time") String createTime) {

	/** Subtask counts by status; they add up to total. */
	@Schema(name = "TaskProgress")
	public record Progress(@JsonProperty("total") int total, @JsonProperty("processing") int processing,
			@JsonProperty("success") int success, @JsonProperty("fail") int fail,
			@JsonProperty("waitting") int waitting, @JsonProperty("fail_wait_retry") int failWaitRetry,
			@JsonProperty("stopped") int stopped, @JsonProperty("removed") int removed) {

		static Progress of(TaskProgress progress) {
			return new Progress(progress.total(), progress.count(SubtaskStatus.PROCESSING),
					progress.count(SubtaskStatus.SUCCESS), progress.count(SubtaskStatus.FAIL),
					progress.count(SubtaskStatus.WAITTING), progress.count(SubtaskStatus.FAIL_WAIT_RETRY),
					progress.count(SubtaskStatus.STOPPED), progress.count(SubtaskStatus.REMOVED));
		}

	}

}
