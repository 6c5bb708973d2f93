package io.iotda.emulator.devicegroup.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.devicegroup.GroupDetails;
import io.iotda.emulator.devicegroup.GroupType;
import io.swagger.v3.oas.annotations.media.Schema;

/** A device group as AddDeviceGroup, ShowDeviceGroup and UpdateDeviceGroup answer it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DeviceGroup", description = "A device group; null fields are left out")
record DeviceGroupResponse(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "04ed32dc1b0025b52fe3c01a27c2babc",
				description = "32 lower-case hex digits for groups made here") @JsonProperty("group_id") String groupId,
		@Schema(example = "GroupA") @JsonProperty("name") String name,
		@Schema(example = "Water meters of building A") @JsonProperty("description") String description,
		@Schema(example = "04ed32dc1b0025b52fe3c01a27c2b0a8") @JsonProperty("super_group_id") String superGroupId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "STATIC") @JsonProperty("group_type") GroupType groupType,
		@Schema(description = "DYNAMIC groups only") @JsonProperty("dynamic_group_rule") String dynamicGroupRule) {

	static DeviceGroupResponse of(GroupDetails group) {
		return new DeviceGroupResponse(group.groupId(), group.name(), group.description(), group.superGroupId(),
				group.groupType(), group.dynamicGroupRule());
	}

}
