package io.iotda.emulator.devicegroup.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.devicegroup.GroupMember;
import io.iotda.emulator.devicegroup.GroupPage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** ShowDevicesInGroup's answer: one page of the group's devices, the last added first. */
@Schema(name = "ShowDevicesInGroupResponse")
record ShowDevicesInGroupResponse(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("devices") List<SimplifyDevice> devices,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("page") GroupPageInfo page) {

	static ShowDevicesInGroupResponse of(GroupPage<GroupMember> page) {
		return new ShowDevicesInGroupResponse(page.items().stream().map(SimplifyDevice::of).toList(),
				GroupPageInfo.of(page));
	}

}
