package io.iotda.emulator.device.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** ListProducts' answer: one page of products, newest first. */
@Schema(name = "ListProductsResponse")
public record ListProductsResponse(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("products") List<ProductSummary> products,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("page") PageInfo page) {
}
