package io.iotda.emulator.devicegroup.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.devicegroup.GroupDetails;
import io.iotda.emulator.devicegroup.GroupPage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** ListDeviceGroups' answer: one page of groups, newest first. */
@Schema(name = "ListDeviceGroupsResponse")
record ListDeviceGroupsResponse(@Schema(
		requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("device_groups") List<DeviceGroupSummary> deviceGroups,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("page") GroupPageInfo page) {

	static ListDeviceGroupsResponse of(GroupPage<GroupDetails> page) {
		return new ListDeviceGroupsResponse(page.items().stream().map(DeviceGroupSummary::of).toList(),
				GroupPageInfo.of(page));
	}

}
