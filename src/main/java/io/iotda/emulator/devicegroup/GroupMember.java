package io.iotda.emulator.devicegroup;

/**
 * A device of a group as ShowDevicesInGroup answers it. The emulator keeps no device
 * registry of its own yet, so only the device id is known; the node id, name and product
 * are null.
 */
public record GroupMember(String deviceId, String nodeId, String deviceName, String productId) {

	static GroupMember ofId(String deviceId) {
		return new GroupMember(deviceId, null, null, null);
	}

}
