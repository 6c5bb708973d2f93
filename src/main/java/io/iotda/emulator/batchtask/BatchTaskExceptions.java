package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.error.IotdaException;

/** What can go wrong with a batch-task operation, each with the name of what happened. */
public final class BatchTaskExceptions {

	private BatchTaskExceptions() {
	}

	/** No task of this id in the caller's project and instance. */
	public static final class BatchTaskNotFoundException extends IotdaException {

		private BatchTaskNotFoundException() {
			super(IotdaError.TASK_NOT_FOUND);
		}

		public static BatchTaskNotFoundException forId(String taskId) {
			return new BatchTaskNotFoundException();
		}

	}

	/** The task's status refuses the operation (finished, Stopping, ...). */
	public static final class TaskStatusConflictException extends IotdaException {

		public TaskStatusConflictException() {
			super(IotdaError.TASK_STATUS_NOT_ALLOWED);
		}

	}

	/**
	 * A create would store more subtasks than {@code iotda.limits.max-subtasks} allows.
	 */
	static final class SubtaskLimitReachedException extends IotdaException {

		private SubtaskLimitReachedException(String detail) {
			super(IotdaError.SUBTASK_LIMIT_REACHED, detail);
		}

		static SubtaskLimitReachedException of(long max, long stored, int adding) {
			return new SubtaskLimitReachedException("The limit is " + max + " subtasks (" + SubtaskLimit.SETTING + "); "
					+ stored + " are stored and this create adds " + adding
					+ ". Delete finished tasks, reset a project, or run the emulator on PostgreSQL.");
		}

	}

}
