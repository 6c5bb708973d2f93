package io.iotda.emulator.batchtask;

import java.time.Instant;
import java.util.List;

/**
 * Subtask access that Spring Data cannot derive: bulk insert and filtered, marker-based
 * pages.
 */
public interface SubtaskRows {

	/**
	 * Inserts one {@code Waitting} subtask per target in multi-row statements, not a
	 * round trip each.
	 */
	void insertWaitting(String taskId, List<String> targets, Instant now);

	/**
	 * A page of a task's subtasks, newest first: those with an id below {@code marker},
	 * after skipping {@code offset} of them, optionally only of one status and/or one
	 * target.
	 */
	List<Subtask> findPage(String taskId, SubtaskStatus status, String target, String marker, int offset, int limit);

}
