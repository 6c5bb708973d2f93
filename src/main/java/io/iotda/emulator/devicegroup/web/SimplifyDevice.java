package io.iotda.emulator.devicegroup.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.devicegroup.GroupMember;
import io.swagger.v3.oas.annotations.media.Schema;

/** A device of a group, as ShowDevicesInGroup answers it (the SDK's SimplifyDevice). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SimplifyDevice", description = "A device of a group; what is not known is left out")
record SimplifyDevice(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "d4922d8a-6c8e-4396-852c-164aefa6638f") @JsonProperty("device_id") String deviceId,
		@Schema(description = "Not known to the emulator yet") @JsonProperty("node_id") String nodeId,
		@Schema(description = "Not known to the emulator yet") @JsonProperty("device_name") String deviceName,
		@Schema(description = "Not known to the emulator yet") @JsonProperty("product_id") String productId) {

	static SimplifyDevice of(GroupMember member) {
		return new SimplifyDevice(member.deviceId(), member.nodeId(), member.deviceName(), member.productId());
	}

}
