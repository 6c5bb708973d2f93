package io.iotda.emulator.support;

import io.iotda.emulator.IotdaEmulatorApplication;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the emulator for tests that play an application using it (the recipes of
 * {@code docs/testing-your-app.md}): a whole emulator on a free port, on the test
 * PostgreSQL, with the manual clock, in this JVM but in an application context of its
 * own, started once and closed when the test run ends. Its URL is the system property
 * {@value #URL_PROPERTY}, where a project of its own would have the URL of an emulator
 * running beside its tests (a container, a compose service, a process).
 */
public final class EmulatorInThisJvm implements BeforeAllCallback {

	/** The system property holding the emulator's base URL. */
	public static final String URL_PROPERTY = "emulator.url";

	@Override
	public void beforeAll(ExtensionContext extension) {
		extension.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.computeIfAbsent(EmulatorInThisJvm.class, (key) -> start(), Running.class);
	}

	private static Running start() {
		TestDatabase database = TestDatabase.get();
		// command-line arguments: they take precedence over application.yml
		ConfigurableApplicationContext context = new SpringApplicationBuilder(IotdaEmulatorApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--iotda.demo.enabled=false",
				"--iotda.simulation.clock.mode=manual", "--spring.datasource.hikari.maximum-pool-size=4",
				"--spring.datasource.hikari.minimum-idle=1", "--spring.main.banner-mode=off");
		String port = context.getEnvironment().getRequiredProperty("local.server.port");
		System.setProperty(URL_PROPERTY, "http://127.0.0.1:" + port);
		return new Running(context);
	}

	/** The running emulator; the test run's end closes it. */
	private record Running(ConfigurableApplicationContext context) implements AutoCloseable {

		@Override
		public void close() {
			System.clearProperty(URL_PROPERTY);
			this.context.close();
		}

	}

}
