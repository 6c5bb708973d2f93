package io.iotda.emulator.batchtask;

import java.util.EnumSet;
import java.util.Set;

/**
 * The operations that act on a task's subtasks, as one table (spec section 4): which task
 * types take them, which task statuses refuse them, which subtasks they move and where
 * to.
 *
 * <pre>
 * operation  task types                 refused while                                subtasks moved                     to          error kept
 * stop       firmware/softwareUpgrade   Success Fail PartialSuccess Stopped Stopping Processing Waitting FailWaitRetry  Stopped     yes
 * retry      firmware/softwareUpgrade   Success Stopped Stopping Waitting Initializing Fail FailWaitRetry Stopped     Waitting    no
 * confirm    firmware/software/module   Success Fail PartialSuccess Stopped Stopping Waitting                         Processing  yes
 * </pre>
 */
public enum BatchOperation {

	STOP("stop", EnumSet.of(TaskType.FIRMWARE_UPGRADE, TaskType.SOFTWARE_UPGRADE),
			EnumSet.of(TaskStatus.SUCCESS, TaskStatus.FAIL, TaskStatus.PARTIAL_SUCCESS, TaskStatus.STOPPED,
					TaskStatus.STOPPING),
			EnumSet.of(SubtaskStatus.PROCESSING, SubtaskStatus.WAITTING, SubtaskStatus.FAIL_WAIT_RETRY),
			SubtaskStatus.STOPPED, false),

	RETRY("retry", EnumSet.of(TaskType.FIRMWARE_UPGRADE, TaskType.SOFTWARE_UPGRADE),
			EnumSet.of(TaskStatus.SUCCESS, TaskStatus.STOPPED, TaskStatus.STOPPING, TaskStatus.WAITTING,
					TaskStatus.INITIALIZING),
			EnumSet.of(SubtaskStatus.FAIL, SubtaskStatus.FAIL_WAIT_RETRY, SubtaskStatus.STOPPED),
			SubtaskStatus.WAITTING, true),

	CONFIRM("confirm", EnumSet.of(TaskType.FIRMWARE_UPGRADE, TaskType.SOFTWARE_UPGRADE, TaskType.MODULE_UPGRADE),
			EnumSet.of(TaskStatus.SUCCESS, TaskStatus.FAIL, TaskStatus.PARTIAL_SUCCESS, TaskStatus.STOPPED,
					TaskStatus.STOPPING),
			EnumSet.of(SubtaskStatus.WAITTING), SubtaskStatus.PROCESSING, false);

	/** At most this many targets may be named in one request. */
	public static final int MAX_TARGETS = 100;

	private final String verb;

	private final Set<TaskType> taskTypes;

	private final Set<TaskStatus> refusedWhile;

	private final Set<SubtaskStatus> movesFrom;

	private final SubtaskStatus movesTo;

	private final boolean clearsError;

	BatchOperation(String verb, Set<TaskType> taskTypes, Set<TaskStatus> refusedWhile, Set<SubtaskStatus> movesFrom,
			SubtaskStatus movesTo, boolean clearsError) {
		this.verb = verb;
		this.taskTypes = taskTypes;
		this.refusedWhile = refusedWhile;
		this.movesFrom = movesFrom;
		this.movesTo = movesTo;
		this.clearsError = clearsError;
	}

	public String verb() {
		return this.verb;
	}

	public boolean appliesTo(TaskType type) {
		return this.taskTypes.contains(type);
	}

	public boolean isRefusedWhile(TaskStatus status) {
		return this.refusedWhile.contains(status);
	}

	public boolean moves(SubtaskStatus status) {
		return this.movesFrom.contains(status);
	}

	public Set<SubtaskStatus> movesFrom() {
		return this.movesFrom;
	}

	public SubtaskStatus movesTo() {
		return this.movesTo;
	}

	/** Whether a moved subtask forgets its last error (a retried subtask runs afresh). */
	public boolean clearsError() {
		return this.clearsError;
	}

}
