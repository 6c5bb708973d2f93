package io.iotda.emulator.batchtask.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * Selects targets by device group; the emulator expands groups through its group
 * fixtures.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Target selection by device group")
public record TargetsFilter(@NotEmpty(
		message = "targets_filter.group_ids must name at least one group") @JsonProperty("group_ids") List<@NotNull(
				message = "targets_filter.group_ids must not hold null") @Pattern(regexp = "^[A-Za-z0-9_-]{1,64}$",
						message = "targets_filter.group_ids holds an invalid group id") String> groupIds) {
}
