package io.iotda.emulator.security;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * A per-project request rate limit on {@code /v5/iot/**}: over it, 403
 * {@code IOTDA.021101}.
 *
 * @param requestsPerSecond the sustained rate allowed per project; {@code 0} (default)
 * turns the limit off
 * @param burst how many requests a project may make at once before the rate applies;
 * {@code 0} (default) means as many as {@code requests-per-second}
 */
@Validated
@ConfigurationProperties("iotda.rate-limit")
public record RateLimitProperties(@Min(0) @DefaultValue("0") double requestsPerSecond,
		@Min(0) @DefaultValue("0") int burst) {

	boolean enabled() {
		return this.requestsPerSecond > 0;
	}

	/**
	 * The bucket size: {@code burst}, or one second's worth of requests (at least one).
	 */
	double capacity() {
		return (this.burst > 0) ? this.burst : Math.max(1, Math.ceil(this.requestsPerSecond));
	}

}
