package io.iotda.emulator.devicegroup;

import io.iotda.emulator.device.Device;

/**
 * A device of a group as ShowDevicesInGroup answers it: from the device registry, or only
 * its id when the device is not registered (a member of a group set up before it was, or
 * after it was deleted by hand).
 */
public record GroupMember(String deviceId, String nodeId, String deviceName, String productId) {

	static GroupMember of(String deviceId, Device device) {
		return (device != null) ? new GroupMember(deviceId, device.nodeId(), device.deviceName(), device.productId())
				: new GroupMember(deviceId, null, null, null);
	}

}
