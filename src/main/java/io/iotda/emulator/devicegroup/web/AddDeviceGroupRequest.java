package io.iotda.emulator.devicegroup.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * AddDeviceGroup's body (the SDK's {@code AddDeviceGroupDTO}); every field is optional.
 */
@Schema(name = "AddDeviceGroupDTO", description = "A new device group")
record AddDeviceGroupRequest(
		@Schema(description = "Unique in the resource space", example = "GroupA", maxLength = 64,
				pattern = GroupFields.TEXT_PATTERN) @Pattern(regexp = GroupFields.TEXT_PATTERN,
						message = GroupFields.NAME_MESSAGE) @JsonProperty("name") String name,
		@Schema(example = "Water meters of building A", maxLength = 64, pattern = GroupFields.TEXT_PATTERN) @Pattern(
				regexp = GroupFields.TEXT_PATTERN,
				message = GroupFields.DESCRIPTION_MESSAGE) @JsonProperty("description") String description,
		@Schema(description = "Makes the new group a child of this one (STATIC groups only; five levels at most)",
				example = "04ed32dc1b0025b52fe3c01a27c2b0a8", maxLength = 64,
				pattern = GroupFields.GROUP_ID_PATTERN) @Pattern(regexp = GroupFields.GROUP_ID_PATTERN,
						message = "super_group_id must be 1 to 64 of A-Za-z0-9_-") @JsonProperty("super_group_id") String superGroupId,
		@Schema(description = "Resource space; absent: the default one", maxLength = 36,
				pattern = GroupFields.APP_ID_PATTERN) @Pattern(regexp = GroupFields.APP_ID_PATTERN,
						message = "app_id must be 1 to 36 of A-Za-z0-9_-") @JsonProperty("app_id") String appId,
		@Schema(description = "STATIC (the default) or DYNAMIC", allowableValues = {
				"STATIC", "DYNAMIC" }) @Pattern(regexp = GroupFields.GROUP_TYPE_PATTERN,
						message = "group_type must be STATIC or DYNAMIC") @JsonProperty("group_type") String groupType,
		@Schema(description = "DYNAMIC groups only, and required for them: the where clause of an advanced device "
				+ "search. Stored, not evaluated (emulator).", maxLength = GroupFields.MAX_RULE_LENGTH) @Size(min = 1,
						max = GroupFields.MAX_RULE_LENGTH,
						message = "dynamic_group_rule must be 1 to 2048 characters") @JsonProperty("dynamic_group_rule") String dynamicGroupRule){
}
