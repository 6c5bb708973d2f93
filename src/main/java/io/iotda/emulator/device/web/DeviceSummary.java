package io.iotda.emulator.device.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.device.Device;
import io.swagger.v3.oas.annotations.media.Schema;

/** A device as ListDevices shows it (the SDK's QueryDeviceSimplify). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "QueryDeviceSimplify", description = "A device in a list; null fields are left out")
public record DeviceSummary(@Schema(example = "app_1") @JsonProperty("app_id") String appId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "d1b2c3_meter-0001") @JsonProperty("device_id") String deviceId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "meter-0001") @JsonProperty("node_id") String nodeId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "d1b2c3_meter-0001") @JsonProperty("gateway_id") String gatewayId,
		@Schema(example = "Meter_0001") @JsonProperty("device_name") String deviceName,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
				"GATEWAY", "ENDPOINT", "UNKNOWN" }, example = "GATEWAY") @JsonProperty("node_type") String nodeType,
		@Schema(example = "Meter_in_hall_A") @JsonProperty("description") String description,
		@Schema(example = "V1.0.0") @JsonProperty("fw_version") String fwVersion,
		@Schema(example = "V1.0.0") @JsonProperty("sw_version") String swVersion,
		@Schema(example = "d1b2c3") @JsonProperty("product_id") String productId,
		@Schema(example = "SmartMeter") @JsonProperty("product_name") String productName,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				allowableValues = { "ONLINE", "OFFLINE", "ABNORMAL", "INACTIVE", "FROZEN" },
				example = "INACTIVE") @JsonProperty("status") String status){

	static DeviceSummary of(Device device, String productName) {
		return new DeviceSummary(device.appId(), device.deviceId(), device.nodeId(), device.gatewayId(),
				device.deviceName(), device.nodeType(), device.description(), device.fwVersion(), device.swVersion(),
				device.productId(), productName, device.status());
	}

}
