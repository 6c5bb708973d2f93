package io.iotda.emulator.batchtask;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many subtasks the emulator stores (all projects together).
 *
 * @param maxSubtasks {@code auto}: {@value SubtaskLimit#EMBEDDED_DEFAULT} on the embedded
 * H2 database, whose rows live in the heap, and no limit on PostgreSQL; {@code 0}: no
 * limit; or a number. A create that would pass it is refused with 403
 * {@code IOTDA.014223}.
 */
@Validated
@ConfigurationProperties("iotda.limits")
public record SubtaskLimitProperties(@NotNull @Pattern(regexp = "auto|0|[1-9][0-9]{0,17}",
		message = "must be auto, 0 (no limit) or a positive number") @DefaultValue("auto") String maxSubtasks) {
}
