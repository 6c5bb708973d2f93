package io.iotda.emulator.batchtask;

/** The status of one named target's subtask, as read under the task's lock. */
record TargetState(String id, String target, SubtaskStatus status) {
}
