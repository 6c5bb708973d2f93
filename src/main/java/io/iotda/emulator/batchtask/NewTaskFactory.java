package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.batchtask.web.CreateBatchTaskRequest;
import io.iotda.emulator.batchtask.web.TaskPolicy;
import io.iotda.emulator.devicegroup.DeviceGroupService;
import io.iotda.emulator.web.IotdaTime;
import io.iotda.emulator.web.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a create request into a task: the cross-field rules of spec section 2 that
 * annotations cannot say, and target selection ({@code targets}, then
 * {@code targets_filter}, then {@code document_source}).
 */
@Component
class NewTaskFactory {

	static final Duration MAX_SCHEDULE_AHEAD = Duration.ofDays(7);

	static final int MAX_TASK_EXT_INFO_LENGTH = 512;

	private final JsonMapper json;

	private final DeviceGroupService groups;

	NewTaskFactory(JsonMapper json, DeviceGroupService groups) {
		this.json = json;
		this.groups = groups;
	}

	record Prepared(BatchTask.NewTask task, List<String> targets) {
	}

	Prepared prepare(TenantScope scope, CreateBatchTaskRequest request, Instant now) {
		TaskType type = request.taskType();
		if (request.taskMode() != null && !type.isFirmwareOrSoftwareUpgrade()) {
			throw new InvalidInputException("task_mode is only for firmwareUpgrade and softwareUpgrade.");
		}
		if (Boolean.TRUE.equals(request.needConfirm()) && !type.isUpgrade()) {
			throw new InvalidInputException("need_confirm is only for upgrade tasks.");
		}
		String taskExtInfo = null;
		if (request.taskExtInfo() != null) {
			if (!type.isUpgrade()) {
				throw new InvalidInputException("task_ext_info is only for upgrade tasks.");
			}
			taskExtInfo = this.json.writeValueAsString(request.taskExtInfo());
			if (taskExtInfo.length() > MAX_TASK_EXT_INFO_LENGTH) {
				throw new InvalidInputException("task_ext_info must be at most 512 characters when serialized.");
			}
		}
		if (request.document() != null && type.isUpgrade()) {
			checkUpgradeDocument(request.document());
		}
		TaskPolicy policy = request.taskPolicy();
		Instant scheduleTime = null;
		if (policy != null) {
			if ((policy.retryCount() == null) != (policy.retryInterval() == null)) {
				throw new InvalidInputException("task_policy.retry_count and retry_interval come together.");
			}
			if (policy.scheduleTime() != null) {
				scheduleTime = parseTime(policy.scheduleTime());
				if (scheduleTime.isAfter(now.plus(MAX_SCHEDULE_AHEAD))) {
					throw new InvalidInputException("task_policy.schedule_time must be at most 7 days ahead.");
				}
			}
		}
		List<String> targets = selectTargets(scope, request);
		if (targets.size() > BatchTaskService.MAX_CREATE_TARGETS) {
			throw new InvalidInputException("A task may have at most 30000 targets.");
		}
		BatchTask.NewTask task = new BatchTask.NewTask(request.appId(), request.taskName(), type, request.taskMode(),
				Boolean.TRUE.equals(request.needConfirm()), taskExtInfo,
				(request.targets() != null && !request.targets().isEmpty()) ? this.json.writeValueAsString(targets)
						: null,
				(request.targetsFilter() != null) ? this.json.writeValueAsString(request.targetsFilter()) : null,
				(request.document() != null) ? this.json.writeValueAsString(request.document()) : null,
				request.documentSource(), scheduleTime, (policy != null) ? policy.retryCount() : null,
				(policy != null) ? policy.retryInterval() : null);
		return new Prepared(task, targets);
	}

	private List<String> selectTargets(TenantScope scope, CreateBatchTaskRequest request) {
		if (request.targets() != null && !request.targets().isEmpty()) {
			return new ArrayList<>(new LinkedHashSet<>(request.targets()));
		}
		if (request.targetsFilter() != null) {
			return expandGroups(scope, request.targetsFilter().groupIds());
		}
		if (request.documentSource() != null) {
			throw new InvalidInputException("document_source " + request.documentSource()
					+ " does not exist (the emulator keeps no batch-task files).");
		}
		throw new InvalidInputException("The task has no targets: give targets, targets_filter or document_source.");
	}

	private List<String> expandGroups(TenantScope scope, Collection<String> groupIds) {
		Map<String, List<String>> members = this.groups.membersOf(scope.projectId(), scope.instanceId(), groupIds);
		LinkedHashSet<String> devices = new LinkedHashSet<>();
		for (String groupId : new LinkedHashSet<>(groupIds)) {
			if (!members.containsKey(groupId)) {
				throw new InvalidInputException("targets_filter.group_ids names an unknown group: " + groupId + ".");
			}
			devices.addAll(members.get(groupId));
		}
		if (devices.isEmpty()) {
			// groups without devices select nothing, like a create without targets
			throw new InvalidInputException(
					"The task has no targets: the groups of targets_filter.group_ids have no devices.");
		}
		return new ArrayList<>(devices);
	}

	private static void checkUpgradeDocument(Map<String, Object> document) {
		Object ids = document.get("package_ids");
		Object id = document.get("package_id");
		boolean idsValid = ids instanceof List<?> list && !list.isEmpty()
				&& list.stream().allMatch((item) -> item instanceof String text && !text.isBlank());
		boolean idValid = id instanceof String text && !text.isBlank();
		if (!idsValid && !idValid) {
			throw new InvalidInputException("document of an upgrade task must hold package_ids (or package_id).");
		}
	}

	static Instant parseTime(String value) {
		try {
			return IotdaTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("task_policy.schedule_time must be yyyyMMdd'T'HHmmss'Z'.");
		}
	}

}
