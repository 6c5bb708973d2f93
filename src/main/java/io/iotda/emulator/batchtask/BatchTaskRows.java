package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.TenantScope;
import java.util.List;
import java.util.Optional;

/**
 * The task row as the hot path of a targeted stop, retry or confirm sees it: locked, read
 * and written in plain SQL, a few columns at a time (see {@link LockedTask}).
 */
interface BatchTaskRows {

	/**
	 * Locks the task's row until the transaction ends, as {@code lockInScope} does, and
	 * reads what a targeted operation needs of it.
	 */
	Optional<LockedTask> lockForTargets(String id, TenantScope scope);

	/**
	 * Writes back the counters, the status and when the simulator should look next; the
	 * caller holds the row's lock.
	 */
	void writeProgress(LockedTask task);

	/**
	 * Locks the task's row until the transaction ends, whatever its project; false when
	 * there is no such task (any more).
	 */
	boolean lockForDeletion(String id);

	/**
	 * Up to {@code limit} task ids above {@code afterId}, in id order: of one project, or
	 * of all when {@code projectIdOrNull} is null.
	 */
	List<String> idsAfter(String projectIdOrNull, String afterId, int limit);

	/**
	 * How many subtasks are stored, from the tasks' counters (a task's rows are only
	 * inserted with it and deleted with it).
	 */
	long countSubtasks();

}
