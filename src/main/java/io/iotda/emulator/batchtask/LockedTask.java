package io.iotda.emulator.batchtask;

import java.time.Instant;

/**
 * What a targeted stop, retry or confirm reads and writes of a task, read under the
 * task's row lock: its type and start conditions, its status and its counters. The hot
 * path of those operations works on this rather than on {@link BatchTask}: it loads a
 * dozen columns instead of the whole row (whose {@code targets} may be hundreds of KB)
 * and writes back only the counters, the status and when the simulator should look next.
 * The status follows the same {@link TaskStatusRules} as the entity's.
 */
final class LockedTask {

	private final String id;

	private final TaskType taskType;

	private final boolean needConfirm;

	private final Instant scheduleTime;

	private final boolean stopRequested;

	private final TaskProgress progress;

	private TaskStatus status;

	private Instant nextDueAt;

	LockedTask(String id, TaskType taskType, boolean needConfirm, Instant scheduleTime, TaskStatus status,
			boolean stopRequested, TaskProgress progress, Instant nextDueAt) {
		this.id = id;
		this.taskType = taskType;
		this.needConfirm = needConfirm;
		this.scheduleTime = scheduleTime;
		this.status = status;
		this.stopRequested = stopRequested;
		this.progress = progress;
		this.nextDueAt = nextDueAt;
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

	/** Asks the simulator to look at the task at {@code at}. */
	void dueAt(Instant at) {
		this.nextDueAt = at;
	}

	private void refreshStatus(Instant now) {
		this.status = TaskStatusRules.refreshed(this.status, this.progress, this.stopRequested,
				TaskStatusRules.awaitingStart(this.needConfirm, this.scheduleTime, now));
	}

	String getId() {
		return this.id;
	}

	TaskType getTaskType() {
		return this.taskType;
	}

	boolean isNeedConfirm() {
		return this.needConfirm;
	}

	TaskStatus getStatus() {
		return this.status;
	}

	TaskProgress getProgress() {
		return this.progress;
	}

	Instant getNextDueAt() {
		return this.nextDueAt;
	}

}
