package io.iotda.emulator.support;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Binds and validates configuration properties from given environment variables alone, as
 * Boot would at startup, so that a properties test needs no application context.
 */
public final class EnvironmentBinder {

	private EnvironmentBinder() {
	}

	/**
	 * The properties under {@code prefix}, bound from {@code environment} and validated.
	 * @param <T> the properties' type
	 * @param prefix where they stand, e.g. {@code iotda.auth}
	 * @param type their type
	 * @param environment environment variables by name
	 * @return the bound properties
	 */
	public static <T> T bind(String prefix, Class<T> type, Map<String, Object> environment) {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		// Under the name Boot gives the real environment, so environment variable names
		// are mapped.
		env.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
		try (LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean()) {
			validator.afterPropertiesSet();
			return new Binder(ConfigurationPropertySources.get(env)).bindOrCreate(prefix, Bindable.of(type),
					new ValidationBindHandler(validator));
		}
	}

}
