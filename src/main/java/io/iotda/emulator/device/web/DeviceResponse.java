package io.iotda.emulator.device.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.device.Device;
import io.iotda.emulator.device.DeviceAuth;
import io.iotda.emulator.web.IotdaTime;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * A device as AddDevice, ShowDevice and UpdateDevice answer it; null fields are left out.
 * Only AddDevice's answer holds the secret, and only AddDevice's and UpdateDevice's the
 * timeout, as IoTDA documents.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Device", description = "A device; null fields are left out. The emulator never sets "
		+ "connection_status_update_time, active_time, device_sdk_version or tags: no device connects")
public record DeviceResponse(@Schema(example = "app_1") @JsonProperty("app_id") String appId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "d1b2c3_meter-0001") @JsonProperty("device_id") String deviceId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "meter-0001") @JsonProperty("node_id") String nodeId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "The parent device; its own id when " + "directly connected",
				example = "d1b2c3_meter-0001") @JsonProperty("gateway_id") String gatewayId,
		@Schema(example = "Meter_0001") @JsonProperty("device_name") String deviceName,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
				"GATEWAY", "ENDPOINT", "UNKNOWN" }, example = "GATEWAY") @JsonProperty("node_type") String nodeType,
		@Schema(example = "Meter_in_hall_A") @JsonProperty("description") String description,
		@Schema(description = "Set by firmware upgrades",
				example = "V1.0.0") @JsonProperty("fw_version") String fwVersion,
		@Schema(description = "Set by software upgrades",
				example = "V1.0.0") @JsonProperty("sw_version") String swVersion,
		@JsonProperty("auth_info") AuthInfoAnswer authInfo,
		@Schema(description = "Absent for a device registered on first use (lenient mode)",
				example = "d1b2c3") @JsonProperty("product_id") String productId,
		@Schema(example = "SmartMeter") @JsonProperty("product_name") String productName,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				allowableValues = { "ONLINE", "OFFLINE", "ABNORMAL", "INACTIVE", "FROZEN" },
				example = "INACTIVE") @JsonProperty("status") String status,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "yyyyMMdd'T'HHmmss'Z' in UTC",
				example = "20240627T081530Z",
				pattern = "^\\d{8}T\\d{6}Z$") @JsonProperty("create_time") String createTime,
		@Schema(description = "As last given",
				example = "{\"site\":\"hall A\"}") @JsonProperty("extension_info") Map<String, Object> extensionInfo){

	/** What the answer shows of how the device authenticates. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "AuthInfoRes", description = "How the device authenticates")
	public record AuthInfoAnswer(@Schema(allowableValues = {
			"SECRET", "CERTIFICATES" }, example = "SECRET") @JsonProperty("auth_type") String authType,
			@Schema(description = "AddDevice's answer only",
					example = "3b935a250c50dc2c6d481d048cefdc3c") @JsonProperty("secret") String secret,
			@JsonProperty("fingerprint") String fingerprint,
			@Schema(example = "true") @JsonProperty("secure_access") Boolean secureAccess,
			@Schema(description = "AddDevice's and UpdateDevice's answers only",
					example = "300") @JsonProperty("timeout") Integer timeout){

		static AuthInfoAnswer of(DeviceAuth auth, boolean withSecret, boolean withTimeout) {
			if (auth == null) {
				return null;
			}
			return new AuthInfoAnswer(auth.authType(), withSecret ? auth.secret() : null, auth.fingerprint(),
					auth.secureAccess(), withTimeout ? auth.timeout() : null);
		}

	}

	static DeviceResponse of(Device device, String productName, AuthInfoAnswer auth,
			Map<String, Object> extensionInfo) {
		return new DeviceResponse(device.appId(), device.deviceId(), device.nodeId(), device.gatewayId(),
				device.deviceName(), device.nodeType(), device.description(), device.fwVersion(), device.swVersion(),
				auth, device.productId(), productName, device.status(), IotdaTime.format(device.createTime()),
				extensionInfo);
	}

}
