package io.iotda.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

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
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		env.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
		try (LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean()) {
			validator.afterPropertiesSet();
			return new Binder(ConfigurationPropertySources.get(env)).bindOrCreate("iotda.emulator.control-plane",
					Bindable.of(ControlPlaneProperties.class), new ValidationBindHandler(validator));
		}
	}

}
