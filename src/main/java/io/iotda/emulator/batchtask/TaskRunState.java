package io.iotda.emulator.batchtask;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every write to a task's progress reads and changes: its start conditions, its
 * status, its counters and when the simulator should look at it next. One implementation
 * for both ways a task is written: the entity ({@link BatchTask}) and the few columns a
 * targeted stop, retry or confirm reads under the row lock ({@link LockedTask}). The
 * status always follows {@link TaskStatusRules}.
 */
@MappedSuperclass
abstract class TaskRunState {

	@Column(name = "need_confirm", nullable = false)
	private boolean needConfirm;

	@Column(name = "schedule_time")
	private Instant scheduleTime;

	@Column(name = "status", nullable = false)
	private TaskStatus status;

	@Column(name = "stop_requested", nullable = false)
	private boolean stopRequested;

	@Embedded
	private TaskProgress progress;

	/**
	 * When the simulator should next look at this task; null when nothing will happen by
	 * itself.
	 */
	@Column(name = "next_due_at")
	private Instant nextDueAt;

	protected TaskRunState() {
	}

	TaskRunState(boolean needConfirm, Instant scheduleTime, TaskStatus status, boolean stopRequested,
			TaskProgress progress, Instant nextDueAt) {
		this.needConfirm = needConfirm;
		this.scheduleTime = scheduleTime;
		this.status = status;
		this.stopRequested = stopRequested;
		this.progress = progress;
		this.nextDueAt = nextDueAt;
	}

	/**
	 * Whether the task is held before its first start: a schedule time still ahead, or a
	 * confirmation that has not come.
	 */
	boolean awaitingStart(Instant now) {
		return TaskStatusRules.awaitingStart(this.needConfirm, this.scheduleTime, now);
	}

	/**
	 * Records that subtasks changed status, and derives the task's status from the new
	 * counts.
	 */
	void recordMoved(SubtaskStatus from, SubtaskStatus to, int count, Instant now) {
		this.progress.move(from, to, count);
		refreshStatus(now);
	}

	/**
	 * Replaces the counters with ones counted from the subtask rows, and derives the
	 * status.
	 */
	void recount(TaskProgress counted, Instant now) {
		this.progress.replaceWith(counted);
		refreshStatus(now);
	}

	/**
	 * Asks the simulator to look at the task at {@code at} (null: nothing will happen by
	 * itself).
	 */
	void dueAt(Instant at) {
		this.nextDueAt = at;
	}

	/**
	 * The status after the counters or the time changed: {@code Stopping} lasts, any
	 * other status is derived afresh.
	 */
	void refreshStatus(Instant now) {
		this.status = TaskStatusRules.refreshed(this.status, this.progress, this.stopRequested, awaitingStart(now));
	}

	/**
	 * The status derived afresh from the counters, whatever it was (for changes of the
	 * stop request, which decide themselves whether the task is {@code Stopping}).
	 */
	void deriveStatus(boolean stopRequested, Instant now) {
		this.stopRequested = stopRequested;
		this.status = TaskStatusRules.derive(this.progress, stopRequested, awaitingStart(now));
	}

	void status(TaskStatus status) {
		this.status = status;
	}

	void stopRequested(boolean stopRequested) {
		this.stopRequested = stopRequested;
	}

	public boolean isNeedConfirm() {
		return this.needConfirm;
	}

	public Instant getScheduleTime() {
		return this.scheduleTime;
	}

	public TaskStatus getStatus() {
		return this.status;
	}

	public boolean isStopRequested() {
		return this.stopRequested;
	}

	public TaskProgress getProgress() {
		return this.progress;
	}

	public Instant getNextDueAt() {
		return this.nextDueAt;
	}

}
