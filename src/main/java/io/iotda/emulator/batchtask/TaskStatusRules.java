package io.iotda.emulator.batchtask;

import java.time.Instant;

/**
 * A task's status, derived from its subtasks (spec section 4, "Task status"). The one
 * place that decides it.
 *
 * <pre>
 * any subtask Processing or FailWaitRetry          -> Processing
 * subtasks Waitting, start not due (schedule or confirm) -> Waitting
 * subtasks Waitting, start due                     -> Processing
 * none active, whole-task stop asked               -> Stopped
 * none active, every counted subtask succeeded     -> Success
 * none active, none succeeded                      -> Fail
 * none active, some succeeded                      -> PartialSuccess   (emulator rule when some were stopped)
 * </pre> Removed subtasks (devices deleted mid-task) are left out of the success count.
 */
public final class TaskStatusRules {

	private TaskStatusRules() {
	}

	/**
	 * Whether a task is held before its first start: a schedule time still ahead, or a
	 * confirmation that has not come.
	 */
	public static boolean awaitingStart(boolean needConfirm, Instant scheduleTime, Instant now) {
		return needConfirm || (scheduleTime != null && scheduleTime.isAfter(now));
	}

	/**
	 * The status after the counters changed: {@code Stopping} lasts until its time is up,
	 * any other status is derived afresh.
	 */
	public static TaskStatus refreshed(TaskStatus current, TaskProgress progress, boolean stopRequested,
			boolean awaitingStart) {
		return (current == TaskStatus.STOPPING) ? current : derive(progress, stopRequested, awaitingStart);
	}

	public static TaskStatus derive(TaskProgress progress, boolean stopRequested, boolean awaitingStart) {
		if (progress.count(SubtaskStatus.PROCESSING) > 0 || progress.count(SubtaskStatus.FAIL_WAIT_RETRY) > 0) {
			return TaskStatus.PROCESSING;
		}
		if (progress.count(SubtaskStatus.WAITTING) > 0) {
			return awaitingStart ? TaskStatus.WAITTING : TaskStatus.PROCESSING;
		}
		if (stopRequested) {
			return TaskStatus.STOPPED;
		}
		int counted = progress.total() - progress.count(SubtaskStatus.REMOVED);
		int succeeded = progress.count(SubtaskStatus.SUCCESS);
		if (succeeded == counted) {
			return TaskStatus.SUCCESS;
		}
		return (succeeded == 0) ? TaskStatus.FAIL : TaskStatus.PARTIAL_SUCCESS;
	}

}
