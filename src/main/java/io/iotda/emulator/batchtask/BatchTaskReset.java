package io.iotda.emulator.batchtask;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Deletes every task of a project, or of all projects, with their subtasks: one task per
 * transaction, each under its row lock ({@link BatchTaskService#purge}), so a reset holds
 * few locks at a time, waits for a simulator step on a task rather than deadlocking with
 * it, and its size does not grow with the number of subtasks. Tasks created while a reset
 * runs may survive it.
 */
@Service
public class BatchTaskReset {

	private static final int TASKS_PER_READ = 100;

	private final BatchTaskRepository tasks;

	private final BatchTaskService service;

	BatchTaskReset(BatchTaskRepository tasks, BatchTaskService service) {
		this.tasks = tasks;
		this.service = service;
	}

	/** Deletes every task of every project; answers how many. */
	public int deleteAll() {
		return deleteTasksOf(null);
	}

	/** Deletes every task of the project (every instance); answers how many. */
	public int deleteProject(String projectId) {
		return deleteTasksOf(projectId);
	}

	private int deleteTasksOf(String projectIdOrNull) {
		int deleted = 0;
		String after = "";
		List<String> ids;
		while (!(ids = this.tasks.idsAfter(projectIdOrNull, after, TASKS_PER_READ)).isEmpty()) {
			for (String id : ids) {
				if (this.service.purge(id)) {
					deleted++;
				}
			}
			after = ids.get(ids.size() - 1);
		}
		return deleted;
	}

}
