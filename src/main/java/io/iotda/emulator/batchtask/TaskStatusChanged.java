package io.iotda.emulator.batchtask;

import java.time.Instant;

/**
 * A task's status changed (published after the change committed): what a status-change
 * notification (spec section 7) tells.
 */
public record TaskStatusChanged(String taskId, String projectId, String instanceId, String appId, String taskType,
		String previousStatus, String status, String statusDesc, Instant at) {

	static TaskStatusChanged of(BatchTask task, String previousStatus, Instant at) {
		return new TaskStatusChanged(task.getId(), task.getProjectId(), task.getInstanceId(), task.getAppId(),
				task.getTaskType().wireName(), previousStatus, task.getStatus().wireName(), task.getStatusDesc(), at);
	}

}
