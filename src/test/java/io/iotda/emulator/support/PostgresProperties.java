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
		// Several cached test contexts share one PostgreSQL (max_connections 100 by
		// default): keep pools small.
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "8");
		registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
	}

}
