package io.iotda.emulator.batchtask;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Show's answer: the task, one page of its subtasks, and the page. */
@Schema(name = "ShowBatchTaskResponse")
public record ShowBatchTaskResponse(@JsonProperty("batchtask") TaskResponse batchtask,
		@JsonProperty("task_details") List<TaskDetail> taskDetails, @JsonProperty("page") PageInfo page) {
}
