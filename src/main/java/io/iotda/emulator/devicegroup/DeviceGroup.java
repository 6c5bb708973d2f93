package io.iotda.emulator.devicegroup;

import java.util.List;

/**
 * A device group of a project and instance: its id and its members, ordered by device id.
 */
public record DeviceGroup(String groupId, List<String> devices) {

	public DeviceGroup {
		devices = List.copyOf(devices);
	}

}
