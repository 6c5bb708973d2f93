package com.example.fleet;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The container recipe of {@code docs/testing-your-app.md}: the emulator's image run by
 * Testcontainers for a team's tests. Compiled with the tests, so the page's code stays
 * valid against the Testcontainers API, but never run here: the machine this project is
 * built on has no Docker engine ({@code CampaignsIntegrationTests} runs the emulator in
 * its own JVM instead).
 */
final class EmulatorContainer {

	private EmulatorContainer() {
	}

	// tag::container[]
	static final GenericContainer<?> EMULATOR = new GenericContainer<>(
			DockerImageName.parse("iotda-batch-emulator:local"))
		.withExposedPorts(8080)
		.withEnv("IOTDA_SIMULATION_CLOCK_MODE", "manual")
		.waitingFor(Wait.forHttp("/actuator/health/readiness"));

	static String emulatorUrl() {
		if (!EMULATOR.isRunning()) {
			EMULATOR.start();
		}
		return "http://" + EMULATOR.getHost() + ":" + EMULATOR.getMappedPort(8080);
	}
	// end::container[]

}
