package io.iotda.emulator.devicegroup.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.devicegroup.GroupDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** ListDeviceGroupsByDevice's answer: every group of the device, newest first. */
@Schema(name = "ListDeviceGroupsByDeviceResponse")
record ListDeviceGroupsByDeviceResponse(@Schema(
		requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("device_groups") List<DeviceGroupSummary> deviceGroups) {

	static ListDeviceGroupsByDeviceResponse of(List<GroupDetails> groups) {
		return new ListDeviceGroupsByDeviceResponse(groups.stream().map(DeviceGroupSummary::of).toList());
	}

}
