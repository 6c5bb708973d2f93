package io.iotda.emulator.device.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.device.Product;
import io.iotda.emulator.web.IotdaTime;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** A product as CreateProduct and ShowProduct answer it; null fields are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Product", description = "A product; null fields are left out")
public record ProductResponse(@Schema(example = "app_1") @JsonProperty("app_id") String appId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "d1b2c3") @JsonProperty("product_id") String productId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "SmartMeter") @JsonProperty("name") String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "Meter") @JsonProperty("device_type") String deviceType,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "MQTT") @JsonProperty("protocol_type") String protocolType,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "json") @JsonProperty("data_format") String dataFormat,
		@Schema(example = "Acme") @JsonProperty("manufacturer_name") String manufacturerName,
		@Schema(example = "Utilities") @JsonProperty("industry") String industry,
		@Schema(example = "Smart electricity meter") @JsonProperty("description") String description,
		@ArraySchema(
				arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
						description = "As the product was created with"),
				schema = @Schema(type = "object",
						description = "A service capability")) @JsonProperty("service_capabilities") List<Map<String, Object>> serviceCapabilities,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "yyyyMMdd'T'HHmmss'Z' in UTC",
				example = "20240627T081530Z",
				pattern = "^\\d{8}T\\d{6}Z$") @JsonProperty("create_time") String createTime) {

	static ProductResponse of(Product product, List<Map<String, Object>> serviceCapabilities) {
		return new ProductResponse(product.appId(), product.productId(), product.name(), product.deviceType(),
				product.protocolType(), product.dataFormat(), product.manufacturerName(), product.industry(),
				product.description(), serviceCapabilities, IotdaTime.format(product.createTime()));
	}

}
