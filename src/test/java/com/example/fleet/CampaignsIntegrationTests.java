package com.example.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.EmulatorInThisJvm;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The recipe of {@code docs/testing-your-app.md} for a Spring Boot application's own
 * test: the application's IoTDA client is pointed at the emulator through
 * {@code @DynamicPropertySource}, the test drives the application, and what the
 * application sent is asserted through the emulator's verify API alone. This project runs
 * the emulator in the test's JVM ({@link EmulatorInThisJvm}); a team's project runs it
 * beside its tests and gives its URL the same way.
 */
@ExtendWith(EmulatorInThisJvm.class)
// tag::application-test[]
@SpringBootTest
class CampaignsIntegrationTests {

	static String emulatorUrl() {
		return System.getProperty("emulator.url", "http://localhost:8080");
	}

	@DynamicPropertySource
	static void iotda(DynamicPropertyRegistry registry) {
		registry.add("fleet.iotda.endpoint", CampaignsIntegrationTests::emulatorUrl);
		registry.add("fleet.iotda.ak", () -> "fleet-test-ak");
		registry.add("fleet.iotda.sk", () -> "fleet-test-sk");
		registry.add("fleet.iotda.project-id", () -> "fleet");
	}

	@Autowired
	Campaigns campaigns;

	RestClient emulator = RestClient.create(emulatorUrl());

	@BeforeEach
	void startClean() {
		this.emulator.post().uri("/_emulator/reset").retrieve().toBodilessEntity();
	}

	@Test
	void haltsOnlyTheDevicesThatFailedTheirChecks() {
		String taskId = this.campaigns.start("wave_1", List.of("A", "B", "C"), "pkg-1");

		this.campaigns.halt(taskId, List.of("A", "B"));

		String stop = "/v5/iot/fleet/batchtasks/" + taskId + "/stop";
		assertReceived(Map.of("method", "POST", "path_pattern", stop, "body_json_paths",
				List.of(Map.of("path", "$.targets", "equal_to", List.of("A", "B"))), "expected_count", 1));
		assertReceived(Map.of("path_pattern", stop, "body_contains", "\"C\"", "expected_count", 0));
	}

	/**
	 * Asserts that the emulator received as many requests meeting the conditions as they
	 * expect; on a mismatch the message shows the nearest requests and what each lacks.
	 */
	void assertReceived(Map<String, ?> conditions) {
		Map<?, ?> answer = this.emulator.post()
			.uri("/_emulator/requests/count")
			.contentType(MediaType.APPLICATION_JSON)
			.body(conditions)
			.retrieve()
			.body(Map.class);
		assertThat(answer.get("as_expected")).as("%s", answer).isEqualTo(true);
	}

}
// end::application-test[]
