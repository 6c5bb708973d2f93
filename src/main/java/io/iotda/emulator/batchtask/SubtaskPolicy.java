package io.iotda.emulator.batchtask;

import java.time.Duration;

/**
 * What the simulator decides about a task's subtasks while {@link TaskSteps} moves them:
 * how long a start waits, how long an attempt runs and how it ends, and how much one step
 * may move. The mechanics (which rows are due, the compare-and-set moves, retries by the
 * task's policy, counters and status) stay with the task's module.
 */
public interface SubtaskPolicy {

	/**
	 * Subtasks read and changed per statement batch.
	 */
	int batchSize();

	/**
	 * Subtasks moved per task and transaction before the task's row lock is let go.
	 */
	int rowsPerTransaction();

	/**
	 * How long a subtask of a started task stays {@code Waitting} before its first
	 * attempt.
	 */
	Duration startDelay(TaskView task, Row row);

	/** How long the attempt a subtask starts stays {@code Processing}. */
	Duration runDuration(TaskView task, Row row);

	/**
	 * How attempt number {@code attempt} (1 for the first) of a subtask ends once its
	 * time has run out.
	 */
	Outcome outcome(TaskView task, Row row, int attempt);

	/** What the policy may know of the task a subtask belongs to. */
	record TaskView(String id, String projectId, TaskType taskType) {
	}

	/** A subtask as a step reads it. */
	record Row(String id, String target, int attempts) {

		/**
		 * The number of the attempt a start begins (saturating, as the column does).
		 */
		public int nextAttempt() {
			return (this.attempts == Integer.MAX_VALUE) ? Integer.MAX_VALUE : this.attempts + 1;
		}

	}

	/**
	 * How an attempt ends: it succeeds, it fails (retried as the task's policy says), or
	 * it stays {@code Processing} for good.
	 */
	record Outcome(Kind kind, String errorCode, String errorMsg) {

		public static final Outcome SUCCEEDED = new Outcome(Kind.SUCCESS, null, null);

		public static final Outcome STUCK = new Outcome(Kind.STUCK, null, null);

		public static Outcome failed(String errorCode, String errorMsg) {
			return new Outcome(Kind.FAIL, errorCode, errorMsg);
		}

		public enum Kind {

			SUCCESS, FAIL, STUCK

		}

	}

}
