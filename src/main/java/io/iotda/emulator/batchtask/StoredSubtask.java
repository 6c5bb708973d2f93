package io.iotda.emulator.batchtask;

/** One subtask as stored: its target and its state. */
public record StoredSubtask(String target, SubtaskState state) {
}
