package io.iotda.emulator.batchtask;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Subtask access that Spring Data cannot derive, or that the hot path of stop, retry and
 * confirm does in plain SQL: bulk insert, filtered marker-based pages, and the named
 * targets' reads and moves. The named targets travel as one array parameter, so each
 * statement's text is fixed whatever their number and the driver prepares it once.
 */
interface SubtaskRows {

	/**
	 * Inserts one {@code Waitting} subtask per target in multi-row statements, not a
	 * round trip each.
	 */
	default void insertWaitting(String taskId, List<String> targets, Instant now) {
		insertWaitting(taskId, targets, Map.of(), now);
	}

	/**
	 * Inserts one {@code Waitting} subtask per target, each with its input (a batch-task
	 * file's row as JSON; targets without one get none).
	 */
	void insertWaitting(String taskId, List<String> targets, Map<String, String> inputs, Instant now);

	/**
	 * Puts the named targets' subtasks of a task into {@code state}, a thousand targets
	 * per statement; their timing is left alone. For a task just created, whose row the
	 * caller holds.
	 */
	void setState(String taskId, SubtaskState state, List<String> targets);

	/**
	 * A page of a task's subtasks, newest first: those with an id below {@code marker},
	 * after skipping {@code offset} of them, optionally only of one status and/or one
	 * target.
	 */
	List<Subtask> findPage(String taskId, SubtaskStatus status, String target, String marker, int offset, int limit);

	/**
	 * The id and status of each named target's subtask in a task; targets that are not in
	 * the task are left out.
	 */
	List<TargetState> findStates(String taskId, Collection<String> targets);

	/**
	 * Moves the subtasks of these ids to {@code to} in one statement: their next
	 * simulated step is forgotten, and so is their last error when {@code clearError}.
	 */
	int moveByIds(Collection<String> ids, SubtaskStatus to, boolean clearError, Instant now);

	/**
	 * Moves the named targets' subtasks that are in one of {@code from} to {@code to}, as
	 * {@link #moveByIds} does, and answers the state of each named target's subtask as it
	 * was before (targets that are not in the task are left out). On PostgreSQL one
	 * statement does both.
	 */
	List<TargetState> moveNamed(String taskId, Collection<String> targets, Set<SubtaskStatus> from, SubtaskStatus to,
			boolean clearError, Instant now);

}
