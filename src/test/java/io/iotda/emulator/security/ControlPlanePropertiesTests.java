package io.iotda.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotda.emulator.support.EnvironmentBinder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

class ControlPlanePropertiesTests {

	@Test
	void isOnWithoutATokenByDefault() {
		ControlPlaneProperties properties = bind(Map.of());
		assertThat(properties.enabled()).isTrue();
		assertThat(properties.hasToken()).isFalse();
	}

	@Test
	void bindsFromEnvironmentVariablesAndKeepsTheTokenOutOfItsText() {
		ControlPlaneProperties properties = bind(Map.of("IOTDA_EMULATOR_CONTROLPLANE_ENABLED", "false",
				"IOTDA_EMULATOR_CONTROLPLANE_TOKEN", "a-long-enough-secret"));
		assertThat(properties.enabled()).isFalse();
		assertThat(properties.token()).isEqualTo("a-long-enough-secret");
		assertThat(properties.toString()).doesNotContain("a-long-enough-secret");
	}

	@Test
	void refusesAShortTokenOrOneWithSpaces() {
		assertThatThrownBy(() -> bind(Map.of("IOTDA_EMULATOR_CONTROLPLANE_TOKEN", "short")))
			.isInstanceOf(BindException.class);
		assertThatThrownBy(() -> bind(Map.of("IOTDA_EMULATOR_CONTROLPLANE_TOKEN", "a secret with spaces")))
			.isInstanceOf(BindException.class);
	}

	private static ControlPlaneProperties bind(Map<String, Object> environment) {
		return EnvironmentBinder.bind("iotda.emulator.control-plane", ControlPlaneProperties.class, environment);
	}

}
