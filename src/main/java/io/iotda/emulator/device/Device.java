package io.iotda.emulator.device;

import java.time.Instant;

/**
 * A registered device of a project and instance, as ShowDevice has it.
 *
 * @param deviceId the device id, unique in its project and instance
 * @param nodeId its node id (IMEI, MAC, serial number); a device registered on first use
 * has its device id
 * @param deviceName its name, or {@code null}
 * @param productId its product, or {@code null} for a device registered on first use
 * @param appId its resource space, or {@code null} for the default one
 * @param gatewayId its parent device; its own id when it is directly connected
 * @param nodeType {@code GATEWAY} (directly connected) or {@code ENDPOINT} (a sub-device)
 * @param description its description, or {@code null}
 * @param fwVersion its firmware version, or {@code null} while none is known
 * @param swVersion its software version, or {@code null} while none is known
 * @param status {@code INACTIVE} as registered, {@code FROZEN} while frozen
 * @param createTime when it was registered (the emulator's clock)
 * @param auth how it authenticates, or {@code null} for a device registered on first use
 * @param extensionInfo its extension information as JSON text, or {@code null}
 */
public record Device(String deviceId, String nodeId, String deviceName, String productId, String appId,
		String gatewayId, String nodeType, String description, String fwVersion, String swVersion, String status,
		Instant createTime, DeviceAuth auth, String extensionInfo) {

	/** A device connected to the platform itself, or a gateway. */
	public static final String GATEWAY = "GATEWAY";

	/** A sub-device, connected through its gateway. */
	public static final String ENDPOINT = "ENDPOINT";

	/** Registered, never connected: the status of every new device. */
	public static final String INACTIVE = "INACTIVE";

	/** Frozen: it may not connect until unfrozen. */
	public static final String FROZEN = "FROZEN";

	/** Whether the device is connected to the platform itself (not a sub-device). */
	public boolean directlyConnected() {
		return this.deviceId.equals(this.gatewayId);
	}

}
