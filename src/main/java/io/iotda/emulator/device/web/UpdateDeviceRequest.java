package io.iotda.emulator.device.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** UpdateDevice's body (the SDK's UpdateDevice): absent fields stay as they are. */
@Schema(name = "UpdateDevice", description = "What to change of a device; absent fields stay as they are")
public record UpdateDeviceRequest(
		@Schema(maxLength = 256, description = "At most 256 letters (Chinese included), digits or _?'#().,&%@!-",
				example = "Meter_0001_hall_B") @JsonProperty("device_name") String deviceName,
		@Schema(maxLength = 2048, example = "Moved_to_hall_B") @JsonProperty("description") String description,
		@Schema(description = "A JSON object, at most 1 KB",
				example = "{\"site\":\"hall B\"}") @JsonProperty("extension_info") Map<String, Object> extensionInfo,
		@JsonProperty("auth_info") AuthInfoWithoutSecret authInfo) {

	/** The authentication settings UpdateDevice may change. */
	@Schema(name = "AuthInfoWithoutSecret", description = "The authentication settings UpdateDevice may change")
	public record AuthInfoWithoutSecret(
			@Schema(description = "Whether the device connects over a secure protocol",
					example = "true") @JsonProperty("secure_access") Boolean secureAccess,
			@Schema(description = "Seconds the device has to connect first; 0: no limit", minimum = "0",
					maximum = "2147483647", example = "0") @JsonProperty("timeout") Long timeout) {
	}

}
