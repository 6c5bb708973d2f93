package io.iotda.emulator.device.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Paging of a list: {@code count} is every record matching the filters (the same on every
 * page), {@code marker} the id of the last record on this page, to pass as marker for the
 * next one. The same "Page" schema as the batch-task lists'.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Page", description = "Paging of a list")
public record PageInfo(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2",
		description = "Records matching the filters, ignoring marker, offset and limit") @JsonProperty("count") long count,
		@Schema(example = "66a1c2d3e4f5a6b7c8d9e0f1",
				description = "Id of the last record on this page: the marker of the next page; absent on an empty page") @JsonProperty("marker") String marker) {
}
