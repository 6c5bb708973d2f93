package io.iotda.emulator.batchtask;

/**
 * The state a subtask is put into when a task is created with given states (fixtures,
 * demo data): its status, its last error and the attempts already made.
 */
public record SubtaskState(SubtaskStatus status, String errorCode, String errorMsg, int attempts) {

	/** A subtask as a create leaves it: {@code Waitting}, no error, no attempt. */
	public static final SubtaskState WAITTING = new SubtaskState(SubtaskStatus.WAITTING, null, null, 0);

}
