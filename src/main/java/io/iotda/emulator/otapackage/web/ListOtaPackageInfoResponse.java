package io.iotda.emulator.otapackage.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** ListOtaPackageInfo's answer: one page of packages, newest first. */
@Schema(name = "ListOtaPackageInfoResponse")
record ListOtaPackageInfoResponse(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("packages") List<OtaPackageInfo> packages,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("page") Page page) {

	/**
	 * Paging of the list: {@code count} is every package matching the filters,
	 * {@code marker} the id of the last one on this page, for the next page.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "OtaPackagePage", description = "Paging of a list of packages")
	record Page(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1",
			description = "Packages matching the filters, ignoring marker, offset and limit") @JsonProperty("count") long count,
			@Schema(example = "66a1c2d3e4f5a6b7c8d9e0aa",
					description = "Id of the last package on this page: the marker of the next page; absent on an empty page") @JsonProperty("marker") String marker) {
	}

}
