package io.iotda.emulator.device.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** ListDevices' answer: one page of devices, newest first. */
@Schema(name = "ListDevicesResponse")
public record ListDevicesResponse(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("devices") List<DeviceSummary> devices,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("page") PageInfo page) {
}
