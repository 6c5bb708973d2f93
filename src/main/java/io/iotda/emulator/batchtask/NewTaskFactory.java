package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.batchtask.web.CreateBatchTaskRequest;
import io.iotda.emulator.batchtask.web.TaskPolicy;
import io.iotda.emulator.batchfile.BatchTaskFile;
import io.iotda.emulator.batchfile.BatchTaskFiles;
import io.iotda.emulator.device.DeviceRegistry;
import io.iotda.emulator.device.RegistryMode;
import io.iotda.emulator.devicegroup.DeviceGroupService;
import io.iotda.emulator.otapackage.OtaPackage;
import io.iotda.emulator.otapackage.OtaPackages;
import io.iotda.emulator.web.IotdaTime;
import io.iotda.emulator.web.error.InvalidInputException;
import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.error.IotdaException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

	private final DeviceRegistry devices;

	private final OtaPackages packages;

	private final BatchTaskFiles files;

	NewTaskFactory(JsonMapper json, DeviceGroupService groups, DeviceRegistry devices, OtaPackages packages,
			BatchTaskFiles files) {
		this.json = json;
		this.groups = groups;
		this.devices = devices;
		this.packages = packages;
		this.files = files;
	}

	/**
	 * A task ready to store: its targets in order, the input of each target that has one
	 * (its batch-task file row, as JSON), and the state of subtasks that do not start
	 * {@code Waitting} (in strict mode, targets that are not registered devices fail at
	 * once).
	 */
	record Prepared(BatchTask.NewTask task, List<String> targets, Map<String, String> inputs,
			Map<String, SubtaskState> initialStates) {
	}

	/** The targets a request selects, with the file rows they came from, if any. */
	private record Selected(List<String> targets, Map<String, String> inputs) {
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
			if (type.isFirmwareOrSoftwareUpgrade()) {
				checkPackages(scope, type, UpgradeDocuments.packageIds(request.document()));
			}
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
		Selected selected = selectTargets(scope, request);
		List<String> targets = selected.targets();
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
		return new Prepared(task, targets, selected.inputs(), unregisteredTargets(scope, type, targets));
	}

	private Selected selectTargets(TenantScope scope, CreateBatchTaskRequest request) {
		if (request.targets() != null && !request.targets().isEmpty()) {
			return new Selected(new ArrayList<>(new LinkedHashSet<>(request.targets())), Map.of());
		}
		if (request.targetsFilter() != null) {
			return new Selected(expandGroups(scope, request.targetsFilter().groupIds()), Map.of());
		}
		if (request.documentSource() != null) {
			return fromFile(scope, request.taskType(), request.documentSource());
		}
		throw new InvalidInputException("The task has no targets: give targets, targets_filter or document_source.");
	}

	/**
	 * The devices of a batch-task file, one per row (a device named twice acts once, with
	 * its first row), each with its row as the subtask's input.
	 */
	private Selected fromFile(TenantScope scope, TaskType type, String fileId) {
		if (!type.isDeviceManagement()) {
			throw new InvalidInputException("document_source is only for createDevices, deleteDevices, "
					+ "freezeDevices, unfreezeDevices and updateDevices.");
		}
		// a create's field naming no file is invalid input, as a create's other fields
		// are
		BatchTaskFile file = this.files.find(scope, fileId)
			.orElseThrow(() -> new InvalidInputException("document_source " + fileId
					+ " is not a batch-task file of this project and instance (or it has expired)."));
		Map<String, String> inputs = new LinkedHashMap<>();
		List<Map<String, String>> rows = file.rows();
		for (int index = 0; index < rows.size(); index++) {
			String deviceId = BatchFileRows.deviceId(type, rows.get(index), index);
			inputs.putIfAbsent(deviceId, this.json.writeValueAsString(rows.get(index)));
		}
		if (inputs.isEmpty()) {
			throw new InvalidInputException("document_source " + fileId + " has no device rows.");
		}
		return new Selected(new ArrayList<>(inputs.keySet()), inputs);
	}

	/**
	 * In strict mode, each target that is not a registered device fails at once with the
	 * registry's error, as IoTDA reports it in the task's details. A createDevices task
	 * names devices that are yet to be.
	 */
	private Map<String, SubtaskState> unregisteredTargets(TenantScope scope, TaskType type, List<String> targets) {
		if (this.devices.mode() != RegistryMode.STRICT || type == TaskType.CREATE_DEVICES) {
			return Map.of();
		}
		Set<String> registered = this.devices.registered(scope, targets);
		Map<String, SubtaskState> states = new LinkedHashMap<>();
		SubtaskState unknown = new SubtaskState(SubtaskStatus.FAIL, IotdaError.DEVICE_NOT_FOUND.code(),
				IotdaError.DEVICE_NOT_FOUND.message(), 0);
		for (String target : targets) {
			if (!registered.contains(target)) {
				states.put(target, unknown);
			}
		}
		return states;
	}

	/**
	 * An upgrade's packages: in strict mode each must be registered; in either mode a
	 * registered package must be of the task's kind (firmware or software).
	 */
	private void checkPackages(TenantScope scope, TaskType type, List<String> packageIds) {
		Map<String, OtaPackage> found = this.packages.findAll(scope, packageIds);
		boolean firmware = type == TaskType.FIRMWARE_UPGRADE;
		for (String packageId : packageIds) {
			OtaPackage known = found.get(packageId);
			if (known == null) {
				if (this.devices.mode() == RegistryMode.STRICT) {
					throw new IotdaException(IotdaError.OTA_PACKAGE_NOT_FOUND,
							"The OTA package " + packageId + " does not exist.");
				}
			}
			else if (firmware ? !known.isFirmware() : !known.isSoftware()) {
				throw new InvalidInputException("The package " + packageId + " is not a "
						+ (firmware ? "firmware" : "software") + " package: a " + type.wireName() + " task takes "
						+ (firmware ? "firmware" : "software") + " packages.");
			}
		}
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
