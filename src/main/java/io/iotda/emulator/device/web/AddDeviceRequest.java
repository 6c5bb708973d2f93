package io.iotda.emulator.device.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * AddDevice's body (the SDK's AddDevice); the rules are checked by the registry. The
 * {@code shadow} field is accepted and ignored: the emulator keeps no device shadow.
 */
@Schema(name = "AddDevice", description = "A device to add")
public record AddDeviceRequest(
		@Schema(description = "Device id, at most 128 of A-Za-z0-9_-; absent: " + "<product_id>_<node_id>",
				maxLength = 128, example = "d1b2c3_meter-0001") @JsonProperty("device_id") String deviceId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64,
				description = "Node id (IMEI, MAC, serial number): 1 to 64 of A-Za-z0-9_-; unique per product",
				example = "meter-0001") @JsonProperty("node_id") String nodeId,
		@Schema(maxLength = 256, description = "At most 256 letters (Chinese included), digits or _?'#().,&%@!-",
				example = "Meter_0001") @JsonProperty("device_name") String deviceName,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 36,
				description = "A product of this project and instance",
				example = "d1b2c3") @JsonProperty("product_id") String productId,
		@JsonProperty("auth_info") AuthInfo authInfo,
		@Schema(maxLength = 2048, description = "At most 2048 of the characters a name may have",
				example = "Meter_in_hall_A") @JsonProperty("description") String description,
		@Schema(maxLength = 128,
				description = "Parent device (a registered device): the new device is its "
						+ "sub-device; absent: directly connected") @JsonProperty("gateway_id") String gatewayId,
		@Schema(maxLength = 36, description = "Resource space id; absent: the product's",
				example = "app_1") @JsonProperty("app_id") String appId,
		@Schema(description = "A JSON object, at most 1 KB",
				example = "{\"site\":\"hall A\"}") @JsonProperty("extension_info") Map<String, Object> extensionInfo) {

	/** How the device authenticates. */
	@Schema(name = "AuthInfo", description = "How the device authenticates")
	public record AuthInfo(@Schema(description = "Default SECRET", allowableValues = {
			"SECRET", "CERTIFICATES" }) @JsonProperty("auth_type") String authType,
			@Schema(description = "SECRET devices: 8 to 32 of A-Za-z0-9_-; absent: the platform generates one",
					minLength = 8, maxLength = 32,
					example = "3b935a250c50dc2c6d481d048cefdc3c") @JsonProperty("secret") String secret,
			@Schema(description = "CERTIFICATES devices: 40 or 64 hexadecimal digits") @JsonProperty("fingerprint") String fingerprint,
			@Schema(description = "Whether the device connects over a secure protocol",
					example = "true") @JsonProperty("secure_access") Boolean secureAccess,
			@Schema(description = "Seconds the device has to connect first; 0: no limit (the emulator deletes "
					+ "nothing)", minimum = "0", maximum = "2147483647",
					example = "300") @JsonProperty("timeout") Long timeout){
	}

}
