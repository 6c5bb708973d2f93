package io.iotda.emulator.batchtask.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** When a task runs and how failed subtasks are retried. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Execution policy. retry_count and retry_interval come together or not at all.")
public record TaskPolicy(@Schema(description = "UTC start time, at most 7 days ahead; absent means now",
		example = "20240627T081530Z") @Pattern(regexp = "^\\d{8}T\\d{6}Z$",
				message = "task_policy.schedule_time must be yyyyMMdd'T'HHmmss'Z'") @JsonProperty("schedule_time") String scheduleTime,

		@Schema(description = "How many times a failed subtask is retried", minimum = "1", maximum = "5") @Min(
				value = 1, message = "task_policy.retry_count must be 1 to 5") @Max(value = 5,
						message = "task_policy.retry_count must be 1 to 5") @JsonProperty("retry_count") Integer retryCount,

		@Schema(description = "Minutes between retries", minimum = "1", maximum = "1440") @Min(value = 1,
				message = "task_policy.retry_interval must be 1 to 1440 minutes") @Max(value = 1440,
						message = "task_policy.retry_interval must be 1 to 1440 minutes") @JsonProperty("retry_interval") Integer retryInterval) {
}
