package io.iotda.emulator.devicegroup.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.devicegroup.GroupDetails;
import io.iotda.emulator.devicegroup.GroupType;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A device group in a list (the SDK's {@code DeviceGroupResponseSummary} and
 * {@code ListDeviceGroupSummary}): no rule.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DeviceGroupSummary", description = "A device group in a list; null fields are left out")
record DeviceGroupSummary(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "04ed32dc1b0025b52fe3c01a27c2babc") @JsonProperty("group_id") String groupId,
		@Schema(example = "GroupA") @JsonProperty("name") String name,
		@Schema(example = "Water meters of building A") @JsonProperty("description") String description,
		@Schema(example = "04ed32dc1b0025b52fe3c01a27c2b0a8") @JsonProperty("super_group_id") String superGroupId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "STATIC") @JsonProperty("group_type") GroupType groupType) {

	static DeviceGroupSummary of(GroupDetails group) {
		return new DeviceGroupSummary(group.groupId(), group.name(), group.description(), group.superGroupId(),
				group.groupType());
	}

}
