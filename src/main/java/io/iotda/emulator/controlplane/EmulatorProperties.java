package io.iotda.emulator.controlplane;

import io.iotda.emulator.controlplane.webhooks.WebhookDestinations;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The control plane under {@code /_emulator}.
 *
 * @param fixtureFile a fixture (JSON, the body of {@code POST /_emulator/fixtures}) to
 * load at start-up: a file path or {@code classpath:...}; empty for none
 * @param journalSize how many recent API requests the request journal keeps; when it is
 * full the oldest is dropped for each new one; 0 switches the journal off
 * @param journalBodyExcerpt how many bytes of each request and answer body the journal
 * keeps
 * @param webhookAttempts how often a notification is tried before it is given up
 * @param webhookRetryDelay the wait before the first retry, doubled for each further one
 * @param webhookTimeout how long one delivery may take
 * @param webhookAllowedHosts destinations webhooks may reach although they are not public
 * (loopback, link-local, private and other non-public addresses are refused otherwise):
 * host names as written in webhook URLs, IP addresses and CIDR blocks, e.g.
 * {@code 127.0.0.1, 10.0.0.0/8, receiver.internal}
 */
@Validated
@ConfigurationProperties("iotda.emulator")
public record EmulatorProperties(@DefaultValue("") String fixtureFile,
		@Min(0) @Max(100_000) @DefaultValue("500") int journalSize,
		@Min(0) @Max(65_536) @DefaultValue("1024") int journalBodyExcerpt,
		@Min(1) @Max(20) @DefaultValue("3") int webhookAttempts,
		@NotNull @DefaultValue("1s") Duration webhookRetryDelay, @NotNull @DefaultValue("5s") Duration webhookTimeout,
		@NotNull @DefaultValue List<String> webhookAllowedHosts) {

	public EmulatorProperties {
		if (webhookAllowedHosts != null) {
			webhookAllowedHosts.forEach(WebhookDestinations::checkAllowListEntry);
		}
	}

}
