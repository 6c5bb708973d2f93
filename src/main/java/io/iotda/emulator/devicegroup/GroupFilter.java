package io.iotda.emulator.devicegroup;

import java.time.Instant;

/**
 * ListDeviceGroups' filters; a null one does not filter. {@code name} matches exactly,
 * {@code modifiedAfter} keeps the groups changed strictly later.
 */
public record GroupFilter(String appId, GroupType groupType, String name, Instant modifiedAfter) {

	public static GroupFilter none() {
		return new GroupFilter(null, null, null, null);
	}

}
