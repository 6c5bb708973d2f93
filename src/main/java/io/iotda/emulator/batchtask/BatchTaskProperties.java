package io.iotda.emulator.batchtask;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the emulated batch-task API.
 *
 * @param stoppingDuration how long a task stays {@code Stopping} after a whole-task stop
 * before it is {@code Stopped} (on the emulator's clock); zero ends the stop at once
 */
@Validated
@ConfigurationProperties("iotda.batch-task")
public record BatchTaskProperties(@NotNull @DefaultValue("2s") Duration stoppingDuration) {
}
