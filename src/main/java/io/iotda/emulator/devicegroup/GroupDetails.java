package io.iotda.emulator.devicegroup;

import java.time.Instant;

/**
 * A device group as stored. {@code appId} is null for the default resource space;
 * {@code recordId} (24 hex digits) is what lists page by.
 */
public record GroupDetails(String recordId, String groupId, String name, String description, String superGroupId,
		GroupType groupType, String appId, String dynamicGroupRule, Instant createTime, Instant lastModifiedTime) {
}
