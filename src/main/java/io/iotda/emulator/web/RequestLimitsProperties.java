package io.iotda.emulator.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on what a request may carry.
 *
 * @param maxBodySize the largest request body accepted; larger ones get 413
 * {@code APIG.0201} before they are read into memory. The default holds a 30,000-target
 * create with room to spare.
 */
@Validated
@ConfigurationProperties("iotda.limits")
public record RequestLimitsProperties(@NotNull @DefaultValue("8MB") DataSize maxBodySize) {
}
