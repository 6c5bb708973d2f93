package io.iotda.emulator.emulator;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.batchtask.BatchTask;
import io.iotda.emulator.batchtask.BatchTaskRepository;
import io.iotda.emulator.batchtask.BatchTaskService;
import io.iotda.emulator.batchtask.CreateBatchTaskRequest;
import io.iotda.emulator.batchtask.ObjectIds;
import io.iotda.emulator.batchtask.SubtaskStatus;
import io.iotda.emulator.batchtask.TaskPolicy;
import io.iotda.emulator.batchtask.TaskType;
import io.iotda.emulator.batchtask.TenantScope;
import io.iotda.emulator.web.InvalidInputException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	/** A fixture: tasks of one project (and instance). */
	record Fixture(@Schema(example = "p1") @JsonProperty("project_id") String projectId,
			@Schema(description = "Absent for the default instance") @JsonProperty("instance_id") String instanceId,
			@JsonProperty("tasks") List<FixtureTask> tasks) {
	}

	record FixtureTask(@Schema(description = "24 hex digits; absent: a new id") @JsonProperty("task_id") String taskId,
			@JsonProperty("task_name") String taskName,
			@Schema(example = "firmwareUpgrade") @JsonProperty("task_type") String taskType,
			@JsonProperty("app_id") String appId, @JsonProperty("need_confirm") Boolean needConfirm,
			@JsonProperty("document") Map<String, Object> document, @JsonProperty("task_policy") TaskPolicy taskPolicy,
			@Schema(description = "Subtasks not listed with a status start Waitting") @JsonProperty("subtasks") List<FixtureSubtask> subtasks) {
	}

	record FixtureSubtask(@JsonProperty("target") String target, @Schema(example = "Processing", allowableValues = {
			"Waitting", "Processing", "Success", "Fail", "FailWaitRetry", "Stopped",
			"Removed" }) @JsonProperty("status") String status, @JsonProperty("error_code") String errorCode,
			@JsonProperty("error_msg") String errorMsg,
			@Schema(description = "Attempts already made (default 0)") @JsonProperty("attempts") Integer attempts){
	}

	record Loaded(@JsonProperty("project_id") String projectId, @JsonProperty("task_ids") List<String> taskIds) {
	}

	private record Group(SubtaskStatus status, String errorCode, String errorMsg, int attempts) {
	}

	private final BatchTaskService service;

	private final BatchTaskRepository tasks;

	private final JdbcClient jdbc;

	private final Clock clock;

	Fixtures(BatchTaskService service, BatchTaskRepository tasks, JdbcClient jdbc, Clock clock) {
		this.service = service;
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Loaded load(Fixture fixture) {
		if (fixture == null || fixture.projectId() == null || fixture.tasks() == null || fixture.tasks().isEmpty()) {
			throw new InvalidInputException("a fixture needs project_id and at least one task.");
		}
		TenantScope scope = TenantScope.of(fixture.projectId(), fixture.instanceId());
		List<String> ids = new ArrayList<>();
		for (FixtureTask spec : fixture.tasks()) {
			ids.add(loadTask(scope, spec));
		}
		return new Loaded(fixture.projectId(), ids);
	}

	private String loadTask(TenantScope scope, FixtureTask spec) {
		if (spec.subtasks() == null || spec.subtasks().isEmpty()) {
			throw new InvalidInputException("each fixture task needs subtasks.");
		}
		TaskType type = TaskType.fromWireName(String.valueOf(spec.taskType()))
			.orElseThrow(() -> new InvalidInputException("task_type " + spec.taskType() + " is not a task type."));
		String taskId = (spec.taskId() != null) ? spec.taskId() : ObjectIds.next();
		if (!ObjectIds.isMarker(taskId)) {
			throw new InvalidInputException("task_id must be 24 of a-f0-9.");
		}
		if (this.tasks.existsById(taskId)) {
			throw new InvalidInputException("task " + taskId + " exists already.");
		}
		Map<String, FixtureSubtask> byTarget = new LinkedHashMap<>();
		for (FixtureSubtask subtask : spec.subtasks()) {
			if (subtask.target() == null) {
				throw new InvalidInputException("each fixture subtask needs a target.");
			}
			byTarget.put(subtask.target(), subtask);
		}
		Map<String, Object> document = (spec.document() != null) ? spec.document()
				: (type.isUpgrade() ? Map.of("package_ids", List.of("fixture-package")) : Map.of());
		this.service.createWithId(scope,
				new CreateBatchTaskRequest(spec.appId(), (spec.taskName() != null) ? spec.taskName() : "fixture", type,
						null, spec.needConfirm(), null, new ArrayList<>(new LinkedHashSet<>(byTarget.keySet())), null,
						document, spec.taskPolicy(), null),
				taskId);
		Map<Group, List<String>> groups = new LinkedHashMap<>();
		Map<SubtaskStatus, Integer> counts = new EnumMap<>(SubtaskStatus.class);
		for (FixtureSubtask subtask : byTarget.values()) {
			SubtaskStatus status = (subtask.status() != null) ? SubtaskStatus.fromWireName(subtask.status())
				.orElseThrow(
						() -> new InvalidInputException("status " + subtask.status() + " is not a subtask status."))
					: SubtaskStatus.WAITTING;
			int attempts = (subtask.attempts() != null) ? subtask.attempts() : 0;
			if (attempts < 0) {
				throw new InvalidInputException("attempts must not be negative.");
			}
			counts.merge(status, 1, Integer::sum);
			groups
				.computeIfAbsent(new Group(status, subtask.errorCode(), subtask.errorMsg(), attempts),
						(group) -> new ArrayList<>())
				.add(subtask.target());
		}
		Instant now = this.clock.instant();
		groups.forEach((group, targets) -> {
			for (int start = 0; start < targets.size(); start += 1000) {
				List<String> chunk = targets.subList(start, Math.min(start + 1000, targets.size()));
				List<Object> params = new ArrayList<>(List.of(group.status().wireName()));
				params.add(group.errorCode());
				params.add(group.errorMsg());
				params.add(group.attempts());
				params.add(taskId);
				params.addAll(chunk);
				this.jdbc
					.sql("UPDATE batch_subtask SET status = ?, error_code = ?, error_msg = ?, attempts = ? "
							+ "WHERE task_id = ? AND target IN (" + "?,".repeat(chunk.size() - 1) + "?)")
					.params(params)
					.update();
			}
		});
		BatchTask task = this.tasks.findById(taskId).orElseThrow();
		task.recountSimulated(counts, now);
		task.dueAt(now);
		return taskId;
	}

}
