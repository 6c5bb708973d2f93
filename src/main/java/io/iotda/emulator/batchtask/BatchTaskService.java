package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.batchtask.BatchTaskExceptions.BatchTaskNotFoundException;
import io.iotda.emulator.batchtask.BatchTaskExceptions.TaskStatusConflictException;
import io.iotda.emulator.batchtask.web.BatchTargetResult;
import io.iotda.emulator.batchtask.web.CreateBatchTaskRequest;
import io.iotda.emulator.batchtask.web.ListBatchTasksResponse;
import io.iotda.emulator.batchtask.web.PageInfo;
import io.iotda.emulator.batchtask.web.ShowBatchTaskResponse;
import io.iotda.emulator.batchtask.web.TaskDetail;
import io.iotda.emulator.batchtask.web.TaskResponse;
import io.iotda.emulator.web.error.InvalidInputException;
import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.error.LockConflicts;
import io.iotda.emulator.device.DeviceRegistry;
import io.iotda.emulator.device.RegistryMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The batch-task operations: loads tasks and subtasks through the repositories, applies
 * the rules of {@link BatchOperation} and {@link TaskStatusRules}, and keeps the task's
 * counters equal to its subtask rows. Subtasks are only ever changed set-based and under
 * the task's row lock.
 * <p>
 * An operation whose transaction meets a lock conflict (a lock wait that timed out, a
 * deadlock) runs again, a few times; nothing of the failed attempt was kept.
 */
@Service
@Retryable(predicate = LockConflicts.Retry.class, maxRetries = 2, delay = 50, jitter = 25, multiplier = 2)
public class BatchTaskService {

	/** A create may name at most this many targets. */
	public static final int MAX_CREATE_TARGETS = 30_000;

	private static final Logger logger = LoggerFactory.getLogger(BatchTaskService.class);

	private final BatchTaskRepository tasks;

	private final SubtaskRepository subtasks;

	private final NewTaskFactory newTasks;

	private final TaskResponses responses;

	private final BatchTaskProperties properties;

	private final SubtaskLimit limit;

	private final DeviceRegistry devices;

	private final Clock clock;

	BatchTaskService(BatchTaskRepository tasks, SubtaskRepository subtasks, NewTaskFactory newTasks,
			TaskResponses responses, BatchTaskProperties properties, SubtaskLimit limit, DeviceRegistry devices,
			Clock clock) {
		this.devices = devices;
		this.tasks = tasks;
		this.subtasks = subtasks;
		this.newTasks = newTasks;
		this.responses = responses;
		this.properties = properties;
		this.limit = limit;
		this.clock = clock;
	}

	@Transactional
	public TaskResponse create(TenantScope scope, CreateBatchTaskRequest request) {
		return createWithId(scope, request, ObjectIds.next());
	}

	/** Creates a task under a chosen id (fixtures and demo data); the id must be new. */
	@Transactional
	public TaskResponse createWithId(TenantScope scope, CreateBatchTaskRequest request, String taskId) {
		return this.responses.task(insert(scope, request, taskId, Map.of()));
	}

	/**
	 * Stores a new task and its subtasks: {@code Waitting}, but for those {@code states}
	 * names and, in strict mode, targets that are not registered devices (failed at
	 * once); when any subtask does not start {@code Waitting}, the task's counters and
	 * status come from its subtasks and the simulator looks at it at once.
	 */
	private BatchTask insert(TenantScope scope, CreateBatchTaskRequest request, String taskId,
			Map<String, SubtaskState> states) {
		Instant now = this.clock.instant();
		NewTaskFactory.Prepared prepared = this.newTasks.prepare(scope, request, now);
		this.limit.checkRoomFor(prepared.targets().size());
		BatchTask task = new BatchTask(taskId, scope, prepared.task(), prepared.targets().size(), now);
		this.tasks.saveAndFlush(task);
		this.subtasks.insertWaitting(taskId, prepared.targets(), prepared.inputs(), now);
		if (this.devices.mode() == RegistryMode.LENIENT && task.getTaskType() != TaskType.CREATE_DEVICES) {
			// lenient: a device a task names is registered on first use, so that the
			// device APIs show it
			this.devices.registerOnFirstUse(scope, prepared.targets());
		}
		Map<String, SubtaskState> initial = new LinkedHashMap<>(prepared.initialStates());
		initial.putAll(states);
		if (!initial.isEmpty()) {
			Map<SubtaskState, List<String>> groups = new LinkedHashMap<>();
			initial.forEach((target, state) -> groups.computeIfAbsent(state, (group) -> new ArrayList<>()).add(target));
			groups.forEach((state, targets) -> this.subtasks.setState(taskId, state, targets));
			Map<SubtaskStatus, Integer> counts = new EnumMap<>(SubtaskStatus.class);
			for (String target : prepared.targets()) {
				counts.merge(initial.getOrDefault(target, SubtaskState.WAITTING).status(), 1, Integer::sum);
			}
			task.recount(TaskProgress.counted(counts), now);
			task.dueAt(now);
		}
		return task;
	}

	/**
	 * Creates a task under a chosen id (fixtures and demo data), then puts its subtasks
	 * into the given states (targets not named stay {@code Waitting}), takes the task's
	 * counters and status from them and has the simulator look at it at once. One
	 * transaction.
	 */
	@Transactional
	public TaskResponse createWithStates(TenantScope scope, CreateBatchTaskRequest request, String taskId,
			Map<String, SubtaskState> states) {
		return this.responses.task(insert(scope, request, taskId, states));
	}

	/** Whether a task of this id exists, in whichever project. */
	public boolean exists(String taskId) {
		return this.tasks.existsById(taskId);
	}

	@Transactional(readOnly = true)
	public ShowBatchTaskResponse show(TenantScope scope, String taskId, SubtaskStatus status, String target,
			Paging paging) {
		BatchTask task = this.tasks.findInScope(taskId, scope)
			.orElseThrow(() -> BatchTaskNotFoundException.forId(taskId));
		List<Subtask> page = (target == null || couldBeStored(target))
				? this.subtasks.findPage(taskId, status, target, paging.marker(), paging.offset(), paging.limit())
				: List.of();
		String marker = page.isEmpty() ? null : page.get(page.size() - 1).getId();
		return new ShowBatchTaskResponse(this.responses.task(task), page.stream().map(TaskDetail::of).toList(),
				new PageInfo(countDetails(task, status, target), marker));
	}

	@Transactional(readOnly = true)
	public ListBatchTasksResponse list(TenantScope scope, TaskType type, String appId, TaskStatus status,
			Paging paging) {
		List<BatchTask> page = this.tasks.findPage(scope, type, appId, status, paging.marker(), paging.offset(),
				paging.limit());
		String marker = page.isEmpty() ? null : page.get(page.size() - 1).getId();
		return new ListBatchTasksResponse(page.stream().map(this.responses::task).toList(),
				new PageInfo(this.tasks.countMatching(scope, type, appId, status), marker));
	}

	/** Deletes a finished task and its subtasks, set-based whatever their number. */
	@Transactional
	public void delete(TenantScope scope, String taskId) {
		BatchTask task = this.tasks.lockInScope(taskId, scope)
			.orElseThrow(() -> BatchTaskNotFoundException.forId(taskId));
		if (!task.getStatus().isFinished()) {
			throw new TaskStatusConflictException();
		}
		this.subtasks.deleteByTask(taskId);
		this.tasks.delete(task);
	}

	/**
	 * Deletes a task whatever its status, with its subtasks (a reset). Locks in the order
	 * every other writer does, the task's row first and then its subtasks, so it waits
	 * for a simulator step on the task instead of deadlocking with it.
	 * @return false when there is no such task (any more)
	 */
	@Transactional
	public boolean purge(String taskId) {
		if (!this.tasks.lockForDeletion(taskId)) {
			return false;
		}
		this.subtasks.deleteByTask(taskId);
		this.tasks.deleteById(taskId);
		return true;
	}

	/**
	 * How many subtasks match show's filters; the counters answer without counting rows.
	 */
	private long countDetails(BatchTask task, SubtaskStatus status, String target) {
		if (target != null) {
			if (!couldBeStored(target)) {
				return 0;
			}
			boolean exists = (status != null)
					? this.subtasks.existsByTaskIdAndTargetAndStatus(task.getId(), target, status)
					: this.subtasks.existsByTaskIdAndTarget(task.getId(), target);
			return exists ? 1 : 0;
		}
		return (status != null) ? task.getProgress().count(status) : task.getProgress().total();
	}

	/**
	 * Stop, retry or confirm: the whole task when no target is named, else each distinct
	 * named target, answered in request order. One transaction, under the task's row
	 * lock.
	 */
	@Transactional
	public List<BatchTargetResult> apply(BatchOperation operation, TenantScope scope, String taskId,
			List<String> targets) {
		if (targets.size() > BatchOperation.MAX_TARGETS) {
			throw new InvalidInputException("targets must hold at most " + BatchOperation.MAX_TARGETS + " items.");
		}
		if (targets.stream().anyMatch(java.util.Objects::isNull)) {
			throw new InvalidInputException("targets must not hold null.");
		}
		Instant now = this.clock.instant();
		if (targets.isEmpty()) {
			BatchTask task = this.tasks.lockInScope(taskId, scope)
				.orElseThrow(() -> BatchTaskNotFoundException.forId(taskId));
			checkApplicable(operation, task.getTaskType(), task.isNeedConfirm(), task.getStatus());
			// the simulator times moved subtasks and ends Stopping: it looks at the task
			// at once
			task.dueAt(now);
			applyToWholeTask(operation, task, now);
			return List.of();
		}
		LockedTask task = this.tasks.lockForTargets(taskId, scope)
			.orElseThrow(() -> BatchTaskNotFoundException.forId(taskId));
		checkApplicable(operation, task.getTaskType(), task.isNeedConfirm(), task.getStatus());
		return applyToTargets(operation, task, targets, now);
	}

	private static void checkApplicable(BatchOperation operation, TaskType taskType, boolean needConfirm,
			TaskStatus status) {
		if (!operation.appliesTo(taskType)) {
			throw new InvalidInputException(
					"The task type " + taskType.wireName() + " does not support " + operation.verb() + ".");
		}
		if (operation == BatchOperation.CONFIRM && !needConfirm) {
			throw new InvalidInputException("The task was not created with need_confirm.");
		}
		if (operation.isRefusedWhile(status)) {
			throw new TaskStatusConflictException();
		}
	}

	private void applyToWholeTask(BatchOperation operation, BatchTask task, Instant now) {
		Map<SubtaskStatus, Integer> expected = new EnumMap<>(SubtaskStatus.class);
		int expectedTotal = 0;
		for (SubtaskStatus from : operation.movesFrom()) {
			int count = task.getProgress().count(from);
			if (count > 0) {
				expected.put(from, count);
				expectedTotal += count;
			}
		}
		if (expectedTotal > 0) {
			int moved = this.subtasks.moveAllIn(task.getId(), expected.keySet(), operation.movesTo(),
					operation.clearsError(), now);
			if (moved == expectedTotal) {
				expected.forEach((from, count) -> task.recordMoved(from, operation.movesTo(), count, now));
			}
			else {
				logger.warn("Task {}: counters expected {} subtasks to {}, the rows held {}; recounting", task.getId(),
						expectedTotal, operation.verb(), moved);
				recount(task, now);
			}
		}
		switch (operation) {
			case STOP -> task.requestStop(now, this.properties.stoppingDuration());
			case RETRY -> task.clearStop(now);
			case CONFIRM -> task.refreshStatus(now);
		}
	}

	private List<BatchTargetResult> applyToTargets(BatchOperation operation, LockedTask task, List<String> targets,
			Instant now) {
		List<String> distinct = new ArrayList<>(new LinkedHashSet<>(targets));
		Map<String, TargetState> states = new HashMap<>();
		List<String> storable = distinct.stream().filter(BatchTaskService::couldBeStored).toList();
		if (!storable.isEmpty()) {
			this.subtasks
				.moveNamed(task.getId(), storable, operation.movesFrom(), operation.movesTo(), operation.clearsError(),
						now)
				.forEach((state) -> states.put(state.target(), state));
		}
		List<BatchTargetResult> results = new ArrayList<>(distinct.size());
		Map<SubtaskStatus, Integer> movedFrom = new EnumMap<>(SubtaskStatus.class);
		for (String target : distinct) {
			TargetState state = states.get(target);
			if (state == null) {
				results.add(BatchTargetResult.failure(target, IotdaError.TARGET_NOT_IN_TASK));
			}
			else if (operation.moves(state.status())) {
				results.add(BatchTargetResult.success(target));
				movedFrom.merge(state.status(), 1, Integer::sum);
			}
			else {
				results.add(BatchTargetResult.failure(target, IotdaError.SUBTASK_STATUS_NOT_ALLOWED));
			}
		}
		if (!movedFrom.isEmpty()) {
			boolean countersHold = movedFrom.entrySet()
				.stream()
				.allMatch((moved) -> task.getProgress().count(moved.getKey()) >= moved.getValue());
			if (countersHold) {
				movedFrom.forEach((from, count) -> task.recordMoved(from, operation.movesTo(), count, now));
			}
			else {
				logger.warn("Task {}: counters disagree with the rows named in a {}; recounting", task.getId(),
						operation.verb());
				recount(task, now);
			}
			// the simulator times the moved subtasks: it looks at the task at once
			task.dueAt(now);
			this.tasks.writeProgress(task);
		}
		return results;
	}

	/**
	 * PostgreSQL text cannot hold NUL, so no stored target has one: such a name is in no
	 * task, and must not reach SQL, which refuses it with an error.
	 */
	private static boolean couldBeStored(String target) {
		return target.indexOf('\u0000') < 0;
	}

	private void recount(BatchTask task, Instant now) {
		task.recount(countRows(task.getId()), now);
	}

	private void recount(LockedTask task, Instant now) {
		task.recount(countRows(task.getId()), now);
	}

	private TaskProgress countRows(String taskId) {
		Map<SubtaskStatus, Integer> counts = new EnumMap<>(SubtaskStatus.class);
		this.subtasks.countByStatus(taskId)
			.forEach((row) -> counts.put(row.getStatus(), Math.toIntExact(row.getCount())));
		return TaskProgress.counted(counts);
	}

}
