package io.iotda.emulator.device.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** CreateProduct's body (the SDK's AddProduct); the rules are checked by the service. */
@Schema(name = "AddProduct", description = "A product to create")
public record AddProductRequest(
		@Schema(description = "Product id, at most 36 of A-Za-z0-9_-; absent: the platform assigns a 24-hex id",
				maxLength = 36, example = "d1b2c3") @JsonProperty("product_id") String productId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64, example = "SmartMeter",
				description = "At most 64 letters (Chinese included), digits or _?'#().,&%@!-") @JsonProperty("name") String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 32, example = "Meter",
				description = "At most 32 of the characters a name may have") @JsonProperty("device_type") String deviceType,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "MQTT", allowableValues = {
				"MQTT", "CoAP", "HTTP", "HTTPS", "Modbus", "ONVIF", "OPC-UA", "OPC-DA", "TCP", "UDP",
				"Other" }) @JsonProperty("protocol_type") String protocolType,
		@Schema(description = "Default json",
				allowableValues = { "json", "binary" }) @JsonProperty("data_format") String dataFormat,
		@ArraySchema(
				arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
						description = "Service capabilities (at most 500): stored and returned as given, never checked "
								+ "against a product model (emulator)"),
				schema = @Schema(type = "object", description = "A service capability"),
				maxItems = 500) @JsonProperty("service_capabilities") List<Map<String, Object>> serviceCapabilities,
		@Schema(maxLength = 32, example = "Acme") @JsonProperty("manufacturer_name") String manufacturerName,
		@Schema(maxLength = 64, example = "Utilities") @JsonProperty("industry") String industry,
		@Schema(maxLength = 128, description = "At most 128: letters, digits, white space and _?'#().,;&%@!-，、：；。/",
				example = "Smart electricity meter") @JsonProperty("description") String description,
		@Schema(maxLength = 36, description = "Resource space id, at most 36 of A-Za-z0-9_-",
				example = "app_1") @JsonProperty("app_id") String appId){
}
