package io.iotda.emulator.batchtask;

import io.iotda.emulator.batchtask.SubtaskPolicy.Outcome;
import io.iotda.emulator.batchtask.SubtaskPolicy.Row;
import io.iotda.emulator.device.DeviceRegistry;
import io.iotda.emulator.device.RegistryMode;
import io.iotda.emulator.otapackage.OtaPackage;
import io.iotda.emulator.otapackage.OtaPackages;
import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.error.IotdaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a subtask that succeeded does to its device: an upgrade sets the device's firmware
 * or software version to its package's, and the device-management types create, delete,
 * freeze, unfreeze or update the device in the registry. Applied in the simulator step's
 * transaction, so a subtask is {@code Success} exactly when its effect is stored. An
 * effect the registry refuses (a device that already exists, an unknown product or
 * device) ends the attempt as a failure with the registry's error instead: the registry
 * checks before it writes, and its refusals leave the step's transaction usable.
 */
@Component
class TaskEffects {

	private static final TypeReference<Map<String, String>> ROW = new TypeReference<>() {
	};

	private final DeviceRegistry devices;

	private final OtaPackages packages;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	TaskEffects(DeviceRegistry devices, OtaPackages packages, JdbcTemplate jdbc, JsonMapper json) {
		this.devices = devices;
		this.packages = packages;
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The effects of one simulator step on one task. */
	Step begin(BatchTask task) {
		return new Step(task);
	}

	/**
	 * One step's effects: per-device changes are made as each subtask succeeds; upgraded
	 * devices are collected and get their new version in one statement per batch.
	 */
	final class Step {

		private final BatchTask task;

		private final TenantScope scope;

		private final List<String> upgraded = new ArrayList<>();

		private Optional<String> version;

		private Step(BatchTask task) {
			this.task = task;
			this.scope = new TenantScope(task.getProjectId(), task.getInstanceId());
		}

		/**
		 * Applies the effect of a subtask whose attempt succeeded; answers how the
		 * attempt ends.
		 */
		Outcome succeeded(Row row) {
			return switch (this.task.getTaskType()) {
				case FIRMWARE_UPGRADE, SOFTWARE_UPGRADE -> {
					this.upgraded.add(row.target());
					yield Outcome.SUCCEEDED;
				}
				case CREATE_DEVICES -> create(row);
				case DELETE_DEVICES -> found(TaskEffects.this.devices.delete(this.scope, row.target()));
				case FREEZE_DEVICES -> freeze(row, true);
				case UNFREEZE_DEVICES -> freeze(row, false);
				case UPDATE_DEVICES -> update(row);
				default -> Outcome.SUCCEEDED;
			};
		}

		/** Sets the version of the devices upgraded since the last flush. */
		void flush() {
			if (this.upgraded.isEmpty()) {
				return;
			}
			Optional<String> packageVersion = packageVersion();
			if (packageVersion.isPresent()) {
				if (this.task.getTaskType() == TaskType.FIRMWARE_UPGRADE) {
					TaskEffects.this.devices.setFirmwareVersion(this.scope, this.upgraded, packageVersion.get());
				}
				else {
					TaskEffects.this.devices.setSoftwareVersion(this.scope, this.upgraded, packageVersion.get());
				}
			}
			this.upgraded.clear();
		}

		/**
		 * The version of the task's first package of its kind that is registered; none
		 * when the task names only unknown packages (accepted in lenient mode).
		 */
		private Optional<String> packageVersion() {
			if (this.version == null) {
				List<String> ids = UpgradeDocuments.packageIds(TaskEffects.this.json, this.task.getDocumentJson());
				Map<String, OtaPackage> found = TaskEffects.this.packages.findAll(this.scope, ids);
				boolean firmware = this.task.getTaskType() == TaskType.FIRMWARE_UPGRADE;
				this.version = ids.stream()
					.map(found::get)
					.filter((candidate) -> candidate != null
							&& (firmware ? candidate.isFirmware() : candidate.isSoftware()))
					.map(OtaPackage::version)
					.findFirst();
			}
			return this.version;
		}

		private Outcome create(Row row) {
			Map<String, String> input = input(row);
			if (input == null) {
				// a createDevices task given plain targets: the device named is
				// registered
				// as any device a task names in lenient mode
				if (TaskEffects.this.devices.mode() == RegistryMode.STRICT) {
					return failed(new IotdaException(IotdaError.INVALID_INPUT,
							"createDevices takes its devices from a batch-task file (document_source)."));
				}
				TaskEffects.this.devices.registerOnFirstUse(this.scope, List.of(row.target()));
				return Outcome.SUCCEEDED;
			}
			try {
				TaskEffects.this.devices.add(this.scope, BatchFileRows.toNewDevice(input));
				return Outcome.SUCCEEDED;
			}
			catch (IotdaException refused) {
				return failed(refused);
			}
		}

		private Outcome update(Row row) {
			Map<String, String> input = input(row);
			if (input == null) {
				return found(TaskEffects.this.devices.find(this.scope, row.target()).isPresent());
			}
			try {
				TaskEffects.this.devices.update(this.scope, row.target(), BatchFileRows.toDeviceChanges(input));
				return Outcome.SUCCEEDED;
			}
			catch (IotdaException refused) {
				return failed(refused);
			}
		}

		private Outcome freeze(Row row, boolean frozen) {
			try {
				return found(frozen ? TaskEffects.this.devices.freeze(this.scope, row.target())
						: TaskEffects.this.devices.unfreeze(this.scope, row.target()));
			}
			catch (IotdaException refused) {
				return failed(refused);
			}
		}

		private Map<String, String> input(Row row) {
			List<String> inputs = TaskEffects.this.jdbc.queryForList("SELECT input FROM batch_subtask WHERE id = ?",
					String.class, row.id());
			String input = inputs.isEmpty() ? null : inputs.get(0);
			return (input != null) ? TaskEffects.this.json.readValue(input, ROW) : null;
		}

	}

	private static Outcome found(boolean found) {
		return found ? Outcome.SUCCEEDED : failed(new IotdaException(IotdaError.DEVICE_NOT_FOUND));
	}

	private static Outcome failed(IotdaException refused) {
		String message = (refused.detail() != null) ? refused.detail() : refused.error().message();
		return Outcome.failed(refused.error().code(), message);
	}

}
