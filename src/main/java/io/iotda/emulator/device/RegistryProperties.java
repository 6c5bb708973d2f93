package io.iotda.emulator.device;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the device registry.
 *
 * @param mode {@code lenient}: ids that tasks and groups name need not be registered
 * devices (they are registered on first use); {@code strict}: they must be, as on IoTDA
 */
@Validated
@ConfigurationProperties("iotda.registry")
public record RegistryProperties(@NotNull @DefaultValue("lenient") RegistryMode mode) {
}
