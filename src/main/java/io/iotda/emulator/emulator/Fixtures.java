package io.iotda.emulator.emulator;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.batchtask.BatchTaskService;
import io.iotda.emulator.batchtask.CreateBatchTaskRequest;
import io.iotda.emulator.batchtask.FieldRules;
import io.iotda.emulator.batchtask.ObjectIds;
import io.iotda.emulator.batchtask.SubtaskState;
import io.iotda.emulator.batchtask.SubtaskStatus;
import io.iotda.emulator.batchtask.TaskPolicy;
import io.iotda.emulator.batchtask.TaskType;
import io.iotda.emulator.batchtask.TenantScope;
import io.iotda.emulator.web.InvalidInputException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads tasks with subtasks in given states: created through the batch-task service (so
 * every create rule holds), then the named subtasks are put into their states set-based
 * and the task's counters and status are taken from them. All or nothing: one transaction
 * per fixture.
 */
@Service
class Fixtures {

	/** Tasks per fixture. */
	static final int MAX_TASKS = 1000;

	/**
	 * A fixture: tasks of one project (and instance). Field rules: the API's for the
	 * API's fields, the columns' for the others.
	 */
	record Fixture(
			@Schema(example = "p1", pattern = "^[A-Za-z0-9_-]{1,64}$") @NotNull(
					message = "is required") @ProjectIdParam @JsonProperty("project_id") String projectId,
			@Schema(description = "Absent for the default instance", minLength = 1, maxLength = 36) @Size(min = 1,
					max = FieldRules.INSTANCE_ID_MAX_LENGTH, message = "must be 1 to 36 characters") @PlainText(
							message = "must not hold control characters") @JsonProperty("instance_id") String instanceId,
			@Schema(maxLength = MAX_TASKS) @NotNull(message = "is required") @Size(min = 1, max = MAX_TASKS,
					message = "must hold 1 to 1000 tasks") @JsonProperty("tasks") List<@NotNull(
							message = "must not be null") @Valid FixtureTask> tasks) {
	}

	record FixtureTask(
			@Schema(description = "24 hex digits; absent: a new id", pattern = "^[a-f0-9]{24}$") @Pattern(
					regexp = FieldRules.RECORD_ID_PATTERN,
					message = "must be 24 of a-f0-9") @JsonProperty("task_id") String taskId,
			@Schema(description = "As on create; default fixture") @JsonProperty("task_name") String taskName,
			@Schema(example = "firmwareUpgrade") @NotNull(
					message = "is required") @JsonProperty("task_type") String taskType,
			@JsonProperty("app_id") String appId, @JsonProperty("need_confirm") Boolean needConfirm,
			@JsonProperty("document") Map<String, Object> document, @JsonProperty("task_policy") TaskPolicy taskPolicy,
			@Schema(description = "Subtasks not listed with a status start Waitting") @NotNull(
					message = "is required") @Size(min = 1, max = BatchTaskService.MAX_CREATE_TARGETS,
							message = "must hold 1 to 30000 subtasks") @JsonProperty("subtasks") List<@NotNull(
									message = "must not be null") @Valid FixtureSubtask> subtasks) {
	}

	record FixtureSubtask(
			@Schema(pattern = "^[A-Za-z0-9_-]{1,128}$") @NotNull(message = "is required") @Pattern(
					regexp = FieldRules.DEVICE_ID_PATTERN,
					message = "must be 1 to 128 of A-Za-z0-9_-") @JsonProperty("target") String target,
			@Schema(example = "Processing", allowableValues = {
					"Waitting", "Processing", "Success", "Fail", "FailWaitRetry", "Stopped", "Removed" }) @Pattern(
							regexp = "^(Waitting|Processing|Success|Fail|FailWaitRetry|Stopped|Removed)$",
							message = "must be Waitting, Processing, Success, Fail, FailWaitRetry, Stopped or Removed") @JsonProperty("status") String status,
			@Schema(pattern = ControlPlaneParameters.ERROR_CODE_PATTERN) @Pattern(
					regexp = ControlPlaneParameters.ERROR_CODE_PATTERN,
					message = "must be 1 to 32 of A-Za-z0-9._-") @JsonProperty("error_code") String errorCode,
			@Schema(maxLength = 512) @Size(min = 1, max = 512, message = "must be 1 to 512 characters") @PlainText(
					message = "must not hold control characters") @JsonProperty("error_msg") String errorMsg,
			@Schema(description = "Attempts already made (default 0)", minimum = "0", maximum = "1000") @Min(value = 0,
					message = "must be 0 to 1000") @Max(value = 1000,
							message = "must be 0 to 1000") @JsonProperty("attempts") Integer attempts){
	}

	record Loaded(@JsonProperty("project_id") String projectId, @JsonProperty("task_ids") List<String> taskIds) {
	}

	private final BatchTaskService service;

	private final ControlPlaneInput input;

	Fixtures(BatchTaskService service, ControlPlaneInput input) {
		this.service = service;
		this.input = input;
	}

	/**
	 * Checks every field of a fixture against its rules, before anything is read or
	 * written: a 400 naming the first field that breaks one.
	 */
	void check(Fixture fixture) {
		this.input.check(fixture);
		for (int i = 0; i < fixture.tasks().size(); i++) {
			FixtureTask spec = fixture.tasks().get(i);
			if (TaskType.fromWireName(spec.taskType()).isEmpty()) {
				throw new InvalidInputException("tasks[" + i + "].task_type must be one of the task types.");
			}
		}
	}

	@Transactional
	public Loaded load(Fixture fixture) {
		check(fixture);
		TenantScope scope = TenantScope.of(fixture.projectId(), fixture.instanceId());
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < fixture.tasks().size(); i++) {
			ids.add(loadTask(scope, fixture.tasks().get(i), "tasks[" + i + "]"));
		}
		return new Loaded(fixture.projectId(), ids);
	}

	private String loadTask(TenantScope scope, FixtureTask spec, String location) {
		TaskType type = TaskType.fromWireName(spec.taskType()).orElseThrow();
		String taskId = (spec.taskId() != null) ? spec.taskId() : ObjectIds.next();
		if (this.service.exists(taskId)) {
			throw new InvalidInputException("task " + taskId + " exists already.");
		}
		Map<String, FixtureSubtask> byTarget = new LinkedHashMap<>();
		for (FixtureSubtask subtask : spec.subtasks()) {
			byTarget.put(subtask.target(), subtask);
		}
		Map<String, Object> document = (spec.document() != null) ? spec.document()
				: (type.isUpgrade() ? Map.of("package_ids", List.of("fixture-package")) : Map.of());
		CreateBatchTaskRequest create = new CreateBatchTaskRequest(spec.appId(),
				(spec.taskName() != null) ? spec.taskName() : "fixture", type, null, spec.needConfirm(), null,
				new ArrayList<>(new LinkedHashSet<>(byTarget.keySet())), null, document, spec.taskPolicy(), null);
		// The API's own rules for the fields a create has (task_name, app_id,
		// task_policy).
		this.input.check(create, location);
		Map<String, SubtaskState> states = new LinkedHashMap<>();
		for (FixtureSubtask subtask : byTarget.values()) {
			SubtaskStatus status = (subtask.status() != null)
					? SubtaskStatus.fromWireName(subtask.status()).orElseThrow() : SubtaskStatus.WAITTING;
			int attempts = (subtask.attempts() != null) ? subtask.attempts() : 0;
			states.put(subtask.target(), new SubtaskState(status, subtask.errorCode(), subtask.errorMsg(), attempts));
		}
		this.service.createWithStates(scope, create, taskId, states);
		return taskId;
	}

}
