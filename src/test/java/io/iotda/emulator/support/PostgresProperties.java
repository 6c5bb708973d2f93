package io.iotda.emulator.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test application context at the {@link TestDatabase}. */
public final class PostgresProperties {

	private PostgresProperties() {
	}

	public static void register(DynamicPropertyRegistry registry) {
		TestDatabase database = TestDatabase.get();
		registry.add("spring.datasource.url", database::url);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
		registry.add("iotda.demo.enabled", () -> "false");
	}

}
