package io.iotda.emulator.devicegroup;

/**
 * What AddDeviceGroup asks for, its fields checked one by one by the caller; the service
 * checks how they go together. A null {@code groupType} is STATIC, a null {@code appId}
 * the default resource space.
 */
public record NewDeviceGroup(String name, String description, String superGroupId, String appId, GroupType groupType,
		String dynamicGroupRule) {
}
