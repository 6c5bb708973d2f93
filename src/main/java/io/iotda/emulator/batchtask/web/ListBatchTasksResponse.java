package io.iotda.emulator.batchtask.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** List's answer: one page of tasks, newest first. */
@Schema(name = "ListBatchTasksResponse")
public record ListBatchTasksResponse(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("batchtasks") List<TaskResponse> batchtasks,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("page") PageInfo page) {
}
