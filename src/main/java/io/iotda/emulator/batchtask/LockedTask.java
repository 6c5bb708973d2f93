package io.iotda.emulator.batchtask;

import java.time.Instant;

/**
 * What a targeted stop, retry or confirm reads and writes of a task, read under the
 * task's row lock: its type and start conditions, its status and its counters. The hot
 * path of those operations works on this rather than on {@link BatchTask}: it loads a
 * dozen columns instead of the whole row (whose {@code targets} may be hundreds of KB)
 * and writes back only the counters, the status and when the simulator should look next.
 * Its progress and status are written by the same code as the entity's
 * ({@link TaskRunState}).
 */
final class LockedTask extends TaskRunState {

	private final String id;

	private final TaskType taskType;

	LockedTask(String id, TaskType taskType, boolean needConfirm, Instant scheduleTime, TaskStatus status,
			boolean stopRequested, TaskProgress progress, Instant nextDueAt) {
		super(needConfirm, scheduleTime, status, stopRequested, progress, nextDueAt);
		this.id = id;
		this.taskType = taskType;
	}

	String getId() {
		return this.id;
	}

	TaskType getTaskType() {
		return this.taskType;
	}

}
