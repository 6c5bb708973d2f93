package io.iotda.emulator.batchtask.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Show's answer: the task, one page of its subtasks, and the page. */
@Schema(name = "ShowBatchTaskResponse")
public record ShowBatchTaskResponse(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("batchtask") TaskResponse batchtask,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("task_details") List<TaskDetail> taskDetails,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("page") PageInfo page) {
}
