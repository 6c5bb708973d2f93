package io.iotda.emulator.devicegroup.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;

/**
 * UpdateDeviceGroup's body (the SDK's {@code UpdateDeviceGroupDTO}): a field left out
 * keeps its value.
 */
@Schema(name = "UpdateDeviceGroupDTO", description = "The new name and description; a field left out is kept")
record UpdateDeviceGroupRequest(
		@Schema(description = "Unique in the resource space", example = "GroupB", maxLength = 64,
				pattern = GroupFields.TEXT_PATTERN) @Pattern(regexp = GroupFields.TEXT_PATTERN,
						message = GroupFields.NAME_MESSAGE) @JsonProperty("name") String name,
		@Schema(example = "Water meters of building B", maxLength = 64, pattern = GroupFields.TEXT_PATTERN) @Pattern(
				regexp = GroupFields.TEXT_PATTERN,
				message = GroupFields.DESCRIPTION_MESSAGE) @JsonProperty("description") String description) {
}
