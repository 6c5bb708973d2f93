package io.iotda.emulator.batchtask;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.Optional;

/** IoTDA batch-task types, spelled on the wire as the real service spells them. */
@Schema(name = "TaskType", enumAsRef = true, description = "Batch task type", example = "firmwareUpgrade")
public enum TaskType {

	SOFTWARE_UPGRADE("softwareUpgrade"), FIRMWARE_UPGRADE("firmwareUpgrade"), MODULE_UPGRADE("moduleUpgrade"),
	CREATE_DEVICES("createDevices"), DELETE_DEVICES("deleteDevices"), FREEZE_DEVICES("freezeDevices"),
	UNFREEZE_DEVICES("unfreezeDevices"), CREATE_COMMANDS("createCommands"),
	CREATE_ASYNC_COMMANDS("createAsyncCommands"), CREATE_MESSAGES("createMessages"),
	UPDATE_DEVICE_SHADOWS("updateDeviceShadows"), UPDATE_DEVICES("updateDevices");

	private final String wireName;

	TaskType(String wireName) {
		this.wireName = wireName;
	}

	@JsonValue
	public String wireName() {
		return this.wireName;
	}

	/** Firmware and software upgrades: the only types that can be stopped or retried. */
	public boolean isFirmwareOrSoftwareUpgrade() {
		return this == FIRMWARE_UPGRADE || this == SOFTWARE_UPGRADE;
	}

	/**
	 * Firmware, software and module upgrades: the types that take need_confirm and
	 * task_ext_info.
	 */
	public boolean isUpgrade() {
		return isFirmwareOrSoftwareUpgrade() || this == MODULE_UPGRADE;
	}

	/**
	 * The device-management types: they act on the device registry, and may take their
	 * devices from a batch-task file ({@code document_source}).
	 */
	public boolean isDeviceManagement() {
		return this == CREATE_DEVICES || this == DELETE_DEVICES || this == FREEZE_DEVICES || this == UNFREEZE_DEVICES
				|| this == UPDATE_DEVICES;
	}

	public static Optional<TaskType> fromWireName(String name) {
		return Arrays.stream(values()).filter((type) -> type.wireName.equals(name)).findFirst();
	}

	@JsonCreator
	static TaskType fromJson(String name) {
		return fromWireName(name).orElseThrow(() -> new IllegalArgumentException("unknown task_type " + name));
	}

}
