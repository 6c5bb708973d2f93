package io.iotda.emulator.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may use the control plane ({@code /_emulator/**}).
 *
 * @param enabled {@code false} switches the control plane off: its paths answer 404
 * {@code APIGW.0101} as unknown ones, in every auth mode
 * @param token the control plane's credential in {@code verify} mode, sent as
 * {@code X-Emulator-Token}; empty (default) closes the control plane in {@code verify}
 * mode. At least 16 visible ASCII characters. Not used in the other modes, where the
 * control plane is open.
 */
@Validated
@ConfigurationProperties("iotda.emulator.control-plane")
public record ControlPlaneProperties(@DefaultValue("true") boolean enabled,
		@NotNull @Pattern(regexp = "|[\\x21-\\x7E]{16,}",
				message = "must be empty or at least 16 visible ASCII characters") @DefaultValue("") String token) {

	boolean hasToken() {
		return !this.token.isEmpty();
	}

	@Override
	public String toString() {
		return "ControlPlaneProperties[enabled=" + this.enabled + ", token=" + (hasToken() ? "(set)" : "(none)") + "]";
	}

}
