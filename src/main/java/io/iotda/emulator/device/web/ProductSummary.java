package io.iotda.emulator.device.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.device.Product;
import io.iotda.emulator.web.IotdaTime;
import io.swagger.v3.oas.annotations.media.Schema;

/** A product as ListProducts shows it: without its service capabilities. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProductSummary", description = "A product in a list; null fields are left out")
public record ProductSummary(@Schema(example = "app_1") @JsonProperty("app_id") String appId,
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
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "yyyyMMdd'T'HHmmss'Z' in UTC",
				example = "20240627T081530Z",
				pattern = "^\\d{8}T\\d{6}Z$") @JsonProperty("create_time") String createTime) {

	static ProductSummary of(Product product) {
		return new ProductSummary(product.appId(), product.productId(), product.name(), product.deviceType(),
				product.protocolType(), product.dataFormat(), product.manufacturerName(), product.industry(),
				product.description(), IotdaTime.format(product.createTime()));
	}

}
