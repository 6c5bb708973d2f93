package io.iotda.emulator.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.restassured.response.Response;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Resetting a project while the simulator moves its subtasks: the reset takes each task's
 * row lock before its subtasks, as the simulator does, so the two never deadlock and
 * every reset answers 200 and leaves the project empty.
 */
@TestPropertySource(properties = { "iotda.simulation.clock.mode=realtime", "iotda.simulation.tick-interval=10ms",
		"iotda.simulation.start-delay-min=0s", "iotda.simulation.start-delay-max=1s",
		"iotda.simulation.upgrade-duration-min=1s", "iotda.simulation.upgrade-duration-max=2s",
		// small batches: a step on a task is many statements long, so resets land inside
		// steps
		"iotda.simulation.batch-size=20" })
class ResetWhileSimulatingIntegrationTests extends AbstractApiIntegrationTests {

	private static final String PROJECT = "busy";

	private static final int ROUNDS = 6;

	@Test
	void resetsABusyProjectWithoutEverFailing() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			create(round, "a");
			create(round, "b");
			// the simulator starts on the new tasks at its next tick
			Thread.sleep(150);
			Response reset = api().post("/_emulator/projects/{project_id}/reset", PROJECT);
			assertThat(reset.statusCode()).as("reset %d answered %s", round, reset.asString()).isEqualTo(200);
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM batch_task WHERE project_id = ?", Integer.class,
					PROJECT))
				.as("tasks left after reset %d", round)
				.isZero();
		}

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM batch_subtask", Integer.class)).isZero();
	}

	private void create(int round, String name) {
		String targets = IntStream.range(0, 1000)
			.mapToObj((i) -> "\"r" + round + name + "-" + i + "\"")
			.collect(Collectors.joining(",", "[", "]"));
		api().body("{\"task_name\":\"busy\",\"task_type\":\"firmwareUpgrade\",\"targets\":" + targets + "}")
			.post("/v5/iot/{project_id}/batchtasks", PROJECT)
			.then()
			.statusCode(201);
	}

}
