package io.iotda.emulator.batchtask;

import io.iotda.emulator.batchtask.SubtaskPolicy.Outcome;
import io.iotda.emulator.batchtask.SubtaskPolicy.Row;
import io.iotda.emulator.batchtask.SubtaskPolicy.TaskView;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One step of the simulator: claims one due task (skipping tasks another transaction or
 * instance holds), and while holding its row lock moves its due subtasks set-based, a
 * bounded batch at a time, updates its counters and status in the same transaction, and
 * sets when it is next due. How long things take and how attempts end is the caller's
 * {@link SubtaskPolicy}.
 *
 * <pre>
 * subtask                          when                                to
 * Waitting, not timed              task started (schedule passed,      Waitting, timed: now + start delay
 *                                  no need_confirm)
 * Waitting, due                    task started                        Processing, attempt + 1, timed: now + duration
 * Processing, not timed (confirm)  always                              Processing, attempt + 1, timed: now + duration
 * Processing, due                  outcome success                     Success
 *                                  outcome fail, attempts &lt;= retry_count  FailWaitRetry, timed: now + retry_interval
 *                                  outcome fail, no retry left         Fail (error_code, error_msg)
 *                                  outcome stuck                       Processing, never due
 * FailWaitRetry, due               always                              Processing, attempt + 1, timed: now + duration
 * task Stopping                    stopping_until passed               Stopped
 * </pre> Every subtask UPDATE names the status it expects (compare-and-set); the counters
 * move by the rows the UPDATE really changed.
 */
@Component
public class TaskSteps {

	/** The time of subtasks that never finish by themselves ({@code stuck}). */
	public static final Instant NEVER = Instant.parse("9999-01-01T00:00:00Z");

	/**
	 * Counts an attempt, saturating: a subtask at the column's largest value still moves.
	 */
	private static final String ATTEMPT_STARTS = "attempts = CASE WHEN attempts < 2147483647 THEN attempts + 1 "
			+ "ELSE attempts END, ";

	private static final Logger logger = LoggerFactory.getLogger(TaskSteps.class);

	private final JdbcTemplate jdbc;

	private final BatchTaskRepository tasks;

	private final TaskEffects effects;

	TaskSteps(JdbcTemplate jdbc, BatchTaskRepository tasks, TaskEffects effects) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.effects = effects;
	}

	/** What one step did to one task. */
	public record Stepped(String taskId, int moved, Optional<TaskStatusChanged> change) {
	}

	/** Where one subtask goes: rows with equal moves are changed by one statement. */
	private record Move(SubtaskStatus to, Instant next, boolean startsAttempt, String errorCode, String errorMsg) {
	}

	/**
	 * Claims the earliest due task nobody else holds and moves what is due on it at
	 * {@code now}.
	 * @throws StepFailedException when the claimed task could not be moved (the
	 * transaction is rolled back; the exception names the task)
	 */
	@Transactional
	public Optional<Stepped> stepOne(Instant now, SubtaskPolicy policy) {
		List<Map<String, Object>> claimed = this.jdbc
			.queryForList("SELECT id, project_id, notified_status FROM batch_task WHERE next_due_at <= ? "
					+ "ORDER BY next_due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED", Timestamp.from(now));
		if (claimed.isEmpty()) {
			return Optional.empty();
		}
		String taskId = (String) claimed.get(0).get("id");
		String projectId = (String) claimed.get(0).get("project_id");
		String notified = (String) claimed.get(0).get("notified_status");
		try {
			BatchTask task = this.tasks.findById(taskId).orElseThrow();
			int moved = advance(task, now, policy);
			Optional<TaskStatusChanged> change = Optional.empty();
			String status = task.getStatus().wireName();
			if (!status.equals(notified)) {
				this.jdbc.update("UPDATE batch_task SET notified_status = ? WHERE id = ?", status, taskId);
				if (notified != null) {
					change = Optional.of(TaskStatusChanged.of(task, notified, now));
				}
			}
			// the entity's changes are written here, so that a failure names this task
			this.tasks.flush();
			return Optional.of(new Stepped(taskId, moved, change));
		}
		catch (RuntimeException ex) {
			throw new StepFailedException(taskId, projectId, ex);
		}
	}

	/**
	 * Sets a task whose step failed aside until {@code until}, in a transaction of its
	 * own (the failed one is rolled back), so that the tasks due after it are claimed.
	 */
	@Transactional
	public void setAside(String taskId, Instant until) {
		this.jdbc.update("UPDATE batch_task SET next_due_at = ? WHERE id = ?", Timestamp.from(until), taskId);
	}

	/** Whether any task is due at {@code now}, held by someone else or not. */
	public boolean anyDue(Instant now) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM batch_task WHERE next_due_at <= ?)", Boolean.class, Timestamp.from(now)));
	}

	/** The earliest time a task falls due after {@code now}, or null. */
	public Instant nextDueAfter(Instant now) {
		Timestamp next = this.jdbc.queryForObject("SELECT MIN(next_due_at) FROM batch_task WHERE next_due_at > ?",
				Timestamp.class, Timestamp.from(now));
		return (next != null) ? next.toInstant() : null;
	}

	/** Claiming a task worked, moving it did not. */
	public static final class StepFailedException extends RuntimeException {

		private final String taskId;

		private final String projectId;

		StepFailedException(String taskId, String projectId, RuntimeException cause) {
			super("Simulation step of task " + taskId + " failed", cause);
			this.taskId = taskId;
			this.projectId = projectId;
		}

		public String taskId() {
			return this.taskId;
		}

		public String projectId() {
			return this.projectId;
		}

	}

	private int advance(BatchTask task, Instant now, SubtaskPolicy policy) {
		task.completeStopIfDue(now);
		if (task.getStatus() == TaskStatus.WAITTING) {
			// a schedule time that passed starts the task; other statuses change only
			// with moves
			task.refreshStatus(now);
		}
		TaskView view = new TaskView(task.getId(), task.getProjectId(), task.getTaskType());
		TaskEffects.Step effects = this.effects.begin(task);
		int budget = policy.rowsPerTransaction();
		int total = 0;
		boolean started = !task.awaitingStart(now) && !task.isStopRequested();
		int round;
		do {
			round = 0;
			if (started && count(task, SubtaskStatus.WAITTING) > 0) {
				round += moveBatch(task, policy, SubtaskStatus.WAITTING, true, now,
						(row) -> new Move(SubtaskStatus.WAITTING, later(now, policy.startDelay(view, row)), false, null,
								null));
				round += moveBatch(task, policy, SubtaskStatus.WAITTING, false, now,
						(row) -> start(view, row, now, policy));
			}
			if (count(task, SubtaskStatus.PROCESSING) > 0) {
				round += moveBatch(task, policy, SubtaskStatus.PROCESSING, true, now,
						(row) -> start(view, row, now, policy));
				round += moveBatch(task, policy, SubtaskStatus.PROCESSING, false, now,
						(row) -> finish(task, view, row, now, policy, effects));
				effects.flush();
			}
			if (count(task, SubtaskStatus.FAIL_WAIT_RETRY) > 0) {
				// untimed ones (put there by a fixture, whose wait is not known) retry at
				// once; left untimed, they kept the task due forever
				round += moveBatch(task, policy, SubtaskStatus.FAIL_WAIT_RETRY, true, now,
						(row) -> start(view, row, now, policy));
				round += moveBatch(task, policy, SubtaskStatus.FAIL_WAIT_RETRY, false, now,
						(row) -> start(view, row, now, policy));
			}
			total += round;
		}
		while (round > 0 && total < budget);
		task.dueAt((total >= budget) ? now : nextDue(task, now, started));
		return total;
	}

	private static Move start(TaskView view, Row row, Instant now, SubtaskPolicy policy) {
		return new Move(SubtaskStatus.PROCESSING, later(now, policy.runDuration(view, row)), true, null, null);
	}

	private static Move finish(BatchTask task, TaskView view, Row row, Instant now, SubtaskPolicy policy,
			TaskEffects.Step effects) {
		int attempt = Math.max(1, row.attempts());
		Outcome outcome = policy.outcome(view, row, attempt);
		if (outcome.kind() == Outcome.Kind.SUCCESS) {
			// the device reported success: the task's effect on it may still be refused
			outcome = effects.succeeded(row);
		}
		return switch (outcome.kind()) {
			case SUCCESS -> new Move(SubtaskStatus.SUCCESS, null, false, null, null);
			case STUCK -> new Move(SubtaskStatus.PROCESSING, NEVER, false, null, null);
			case FAIL -> {
				Integer retries = task.getRetryCount();
				if (retries != null && attempt <= retries) {
					yield new Move(SubtaskStatus.FAIL_WAIT_RETRY,
							later(now, Duration.ofMinutes(task.getRetryInterval())), false, outcome.errorCode(),
							outcome.errorMsg());
				}
				yield new Move(SubtaskStatus.FAIL, null, false, outcome.errorCode(), outcome.errorMsg());
			}
		};
	}

	/**
	 * Moves one bounded batch of a task's subtasks in status {@code from}: those not
	 * timed yet, or those due at {@code now}. Rows going the same way change in one
	 * statement.
	 */
	private int moveBatch(BatchTask task, SubtaskPolicy policy, SubtaskStatus from, boolean untimed, Instant now,
			Function<Row, Move> decide) {
		String condition = untimed ? "next_transition_at IS NULL" : "next_transition_at <= ?";
		Object[] args = untimed ? new Object[] { task.getId(), from.wireName() }
				: new Object[] { task.getId(), from.wireName(), Timestamp.from(now) };
		List<Row> rows = this.jdbc.query(
				"SELECT id, target, attempts FROM batch_subtask WHERE task_id = ? AND status = ? AND " + condition
						+ " ORDER BY next_transition_at, id LIMIT " + policy.batchSize(),
				(rs, i) -> new Row(rs.getString("id"), rs.getString("target"), rs.getInt("attempts")), args);
		if (rows.isEmpty()) {
			return 0;
		}
		Map<Move, List<String>> groups = new LinkedHashMap<>();
		for (Row row : rows) {
			groups.computeIfAbsent(decide.apply(row), (move) -> new ArrayList<>()).add(row.id());
		}
		Map<SubtaskStatus, Integer> movedTo = new EnumMap<>(SubtaskStatus.class);
		int changed = 0;
		for (Map.Entry<Move, List<String>> group : groups.entrySet()) {
			Move move = group.getKey();
			List<String> ids = group.getValue();
			List<Object> params = new ArrayList<>(ids.size() + 10);
			params.add(move.to().wireName());
			params.add((move.next() != null) ? Timestamp.from(move.next()) : null);
			params.add(move.errorCode());
			params.add(move.errorMsg());
			params.add(Timestamp.from(now));
			params.add(task.getId());
			params.add(from.wireName());
			params.addAll(ids);
			int n = this.jdbc.update("UPDATE batch_subtask SET status = ?, next_transition_at = ?, "
					+ (move.startsAttempt() ? ATTEMPT_STARTS : "") + "error_code = ?, error_msg = ?, updated_at = ? "
					+ "WHERE task_id = ? AND status = ? AND id IN (" + "?,".repeat(ids.size() - 1) + "?)",
					params.toArray());
			changed += n;
			if (move.to() != from) {
				movedTo.merge(move.to(), n, Integer::sum);
			}
		}
		movedTo.forEach((to, n) -> task.recordMoved(from, to, n, now));
		if (changed != rows.size()) {
			logger.warn("Task {}: {} of {} {} subtasks changed under the lock; recounting", task.getId(), changed,
					rows.size(), from.wireName());
			recount(task, now);
		}
		// rows re-timed in their own status count as done only when they were untimed
		return changed;
	}

	private void recount(BatchTask task, Instant now) {
		Map<SubtaskStatus, Integer> counts = new EnumMap<>(SubtaskStatus.class);
		this.jdbc.query("SELECT status, COUNT(*) AS n FROM batch_subtask WHERE task_id = ? GROUP BY status", (rs) -> {
			counts.put(SubtaskStatus.fromWireName(rs.getString("status")).orElseThrow(), rs.getInt("n"));
		}, task.getId());
		task.recount(TaskProgress.counted(counts), now);
	}

	/** The earliest time anything of the task falls due after this step, or null. */
	private Instant nextDue(BatchTask task, Instant now, boolean started) {
		Instant next = null;
		if (task.getStatus() == TaskStatus.STOPPING) {
			// without a stopping_until (never so after a stop) nothing ends it, as before
			// the simulator
			next = earliest(next, task.getStoppingUntil());
		}
		if (count(task, SubtaskStatus.WAITTING) > 0 && !task.isNeedConfirm() && !task.isStopRequested()) {
			next = earliest(next, started ? earliestTimed(task, SubtaskStatus.WAITTING, now) : task.getScheduleTime());
		}
		if (count(task, SubtaskStatus.PROCESSING) > 0) {
			next = earliest(next, earliestTimed(task, SubtaskStatus.PROCESSING, now));
		}
		if (count(task, SubtaskStatus.FAIL_WAIT_RETRY) > 0) {
			next = earliest(next, earliestTimed(task, SubtaskStatus.FAIL_WAIT_RETRY, now));
		}
		return next;
	}

	private Instant earliestTimed(BatchTask task, SubtaskStatus status, Instant now) {
		Boolean untimed = this.jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM batch_subtask WHERE task_id = ? "
						+ "AND status = ? AND next_transition_at IS NULL)",
				Boolean.class, task.getId(), status.wireName());
		if (Boolean.TRUE.equals(untimed)) {
			return now;
		}
		Timestamp min = this.jdbc.queryForObject(
				"SELECT MIN(next_transition_at) FROM batch_subtask "
						+ "WHERE task_id = ? AND status = ? AND next_transition_at < ?",
				Timestamp.class, task.getId(), status.wireName(), Timestamp.from(NEVER));
		return (min != null) ? min.toInstant() : null;
	}

	/**
	 * {@code now} plus {@code duration}, at most {@link #NEVER}: a transition beyond it
	 * never falls due, and no configured duration can overflow the time.
	 */
	public static Instant later(Instant now, Duration duration) {
		return (duration.compareTo(Duration.between(now, NEVER)) >= 0) ? NEVER : now.plus(duration);
	}

	private static Instant earliest(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isBefore(b)) ? a : b;
	}

	private static int count(BatchTask task, SubtaskStatus status) {
		return task.getProgress().count(status);
	}

}
