package io.iotda.emulator.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotda.emulator.support.EnvironmentBinder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/**
 * {@code iotda.registry} as docs/configuration.md documents it, set through the
 * environment.
 */
class RegistryPropertiesTests {

	@Test
	void isLenientByDefault() {
		assertThat(bind(Map.of()).mode()).isEqualTo(RegistryMode.LENIENT);
	}

	@Test
	void bindsTheStrictModeInEitherCase() {
		assertThat(bind(Map.of("IOTDA_REGISTRY_MODE", "strict")).mode()).isEqualTo(RegistryMode.STRICT);
		assertThat(bind(Map.of("IOTDA_REGISTRY_MODE", "STRICT")).mode()).isEqualTo(RegistryMode.STRICT);
		assertThat(bind(Map.of("IOTDA_REGISTRY_MODE", "lenient")).mode()).isEqualTo(RegistryMode.LENIENT);
	}

	@Test
	void refusesAModeThatIsNeither() {
		assertThatThrownBy(() -> bind(Map.of("IOTDA_REGISTRY_MODE", "loose"))).isInstanceOf(BindException.class);
	}

	private static RegistryProperties bind(Map<String, Object> environment) {
		return EnvironmentBinder.bind("iotda.registry", RegistryProperties.class, environment);
	}

}
