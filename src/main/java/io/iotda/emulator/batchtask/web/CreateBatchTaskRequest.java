package io.iotda.emulator.batchtask.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.batchtask.BatchTaskService;
import io.iotda.emulator.batchtask.TaskType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** The body of a create request. Field rules are those of spec section 2. */
@Schema(name = "CreateBatchTask")
public record CreateBatchTaskRequest(
		@Schema(description = "Application id", maxLength = 36, pattern = "^[A-Za-z0-9_-]{1,36}$") @Pattern(
				regexp = "^[A-Za-z0-9_-]{1,36}$",
				message = "app_id must be 1 to 36 of A-Za-z0-9_-") @JsonProperty("app_id") String appId,

		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 128, example = "firmware_upgrade_demo",
				description = "Letters (Chinese characters included), digits and _") @NotNull(
						message = "task_name is required") @Pattern(regexp = "^[\\p{L}0-9_]{1,128}$",
								message = "task_name must be 1 to 128 letters, digits or _") @JsonProperty("task_name") String taskName,

		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "firmwareUpgrade") @NotNull(
				message = "task_type is required") @JsonProperty("task_type") TaskType taskType,

		@Schema(description = "Only GATEWAY, only for firmwareUpgrade and softwareUpgrade",
				allowableValues = "GATEWAY") @Pattern(regexp = "^GATEWAY$",
						message = "task_mode must be GATEWAY") @JsonProperty("task_mode") String taskMode,

		@Schema(description = "Upgrade tasks only: subtasks wait for confirm before they start") @JsonProperty("need_confirm") Boolean needConfirm,

		@Schema(description = "Upgrade tasks only; at most 512 characters when serialized") @JsonProperty("task_ext_info") Map<String, Object> taskExtInfo,

		@Schema(description = "Device ids, at most 30,000",
				example = "[\"e495cf17-ff79-4294-8f64-4d367919d665\"]") @Size(max = BatchTaskService.MAX_CREATE_TARGETS,
						message = "targets must hold at most 30000 device ids") @JsonProperty("targets") List<@NotNull(
								message = "targets must not hold null") @Pattern(regexp = "^[A-Za-z0-9_-]{1,128}$",
										message = "targets holds an invalid device id") String> targets,

		@Valid @JsonProperty("targets_filter") TargetsFilter targetsFilter,

		@Schema(description = "Payload; for upgrades {\"package_ids\":[\"...\"]}",
				example = "{\"package_ids\":[\"66a1c2d3e4f5a6b7c8d9e0f1\"]}") @JsonProperty("document") Map<String, Object> document,

		@Valid @JsonProperty("task_policy") TaskPolicy taskPolicy,

		@Schema(description = "A batch-task file id (device-management task types)", maxLength = 64) @Size(max = 64,
				message = "document_source must be at most 64 characters") @JsonProperty("document_source") String documentSource) {
}
