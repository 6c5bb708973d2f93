package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.TenantScope;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads tasks as they are stored, with their subtasks' states, for the control plane's
 * snapshots: read only, and never a whole large task in memory (subtasks come a page at a
 * time, as projections the persistence context does not keep).
 */
@Service
public class StoredTasks {

	private final BatchTaskRepository tasks;

	private final SubtaskRepository subtasks;

	private final TaskResponses responses;

	StoredTasks(BatchTaskRepository tasks, SubtaskRepository subtasks, TaskResponses responses) {
		this.tasks = tasks;
		this.subtasks = subtasks;
		this.responses = responses;
	}

	/**
	 * Up to {@code limit} ids of the tenant's tasks above {@code afterId}, in id order.
	 */
	@Transactional(readOnly = true)
	public List<String> idsAfter(TenantScope scope, String afterId, int limit) {
		return this.tasks.idsInTenantAfter(scope.projectId(), scope.instanceId(), afterId, Limit.of(limit));
	}

	/**
	 * Reads one task of the tenant and then its subtasks in creation order, a page of
	 * {@code pageSize} at a time, as they all stand at one moment: one read-only,
	 * repeatable-read transaction, so the task's counters agree with the subtasks read.
	 * @return false when there is no such task (any more); then nothing is handed on
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public boolean read(TenantScope scope, String taskId, int pageSize, Consumer<StoredTask> task,
			Consumer<List<StoredSubtask>> subtaskPages) {
		Optional<BatchTask> found = this.tasks.findInScope(taskId, scope);
		if (found.isEmpty()) {
			return false;
		}
		task.accept(new StoredTask(this.responses.task(found.get()), found.get().getAppId()));
		String after = "";
		List<SubtaskRepository.StoredSubtaskRow> page;
		do {
			page = this.subtasks.findStoredAfter(taskId, after, Limit.of(pageSize));
			if (!page.isEmpty()) {
				subtaskPages.accept(page.stream()
					.map((row) -> new StoredSubtask(row.getTarget(),
							new SubtaskState(row.getStatus(), row.getErrorCode(), row.getErrorMsg(),
									row.getAttempts())))
					.toList());
				after = page.get(page.size() - 1).getId();
			}
		}
		while (page.size() == pageSize);
		return true;
	}

}
