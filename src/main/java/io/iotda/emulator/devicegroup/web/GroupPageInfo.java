package io.iotda.emulator.devicegroup.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.devicegroup.GroupPage;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Paging of a group list or a group's devices (the SDK's {@code Page}): {@code count} is
 * every record matching, {@code marker} the record id of the last one on this page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DeviceGroupPage", description = "Paging of a list of groups or of a group's devices")
record GroupPageInfo(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1",
		description = "Records matching the filters, ignoring marker, offset and limit") @JsonProperty("count") long count,
		@Schema(example = "66a1c2d3e4f5a6b7c8d9e0f1",
				description = "Record id of the last record on this page: the marker of the next page; absent on an empty page") @JsonProperty("marker") String marker) {

	static GroupPageInfo of(GroupPage<?> page) {
		return new GroupPageInfo(page.count(), page.marker());
	}

}
