package io.iotda.emulator.web;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on what a request may carry.
 *
 * @param maxBodySize the largest request body accepted; larger ones get 413
 * {@code APIG.0201} before they are read into memory. The default holds a 30,000-target
 * create with room to spare.
 * @param bodyReadTimeout how long a request body may take to arrive, counted from the end
 * of its headers; a slower one gets 400 {@code IOTDA.000008} and its connection is
 * closed, so slow clients cannot hold the worker threads for longer than this (plus at
 * most one more read of the same length, which Tomcat bounds).
 */
@Validated
@ConfigurationProperties("iotda.limits")
public record RequestLimitsProperties(@NotNull @DefaultValue("8MB") DataSize maxBodySize,
		@NotNull @DefaultValue("10s") Duration bodyReadTimeout) {

	@ConstructorBinding
	public RequestLimitsProperties {
	}

	/** Limits with the default body-read timeout. */
	public RequestLimitsProperties(DataSize maxBodySize) {
		this(maxBodySize, Duration.ofSeconds(10));
	}

}
