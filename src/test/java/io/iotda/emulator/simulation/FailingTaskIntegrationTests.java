package io.iotda.emulator.simulation;

import io.iotda.emulator.support.BatchTaskRequests;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task whose step fails does not stop the simulator: it is logged, counted and set
 * aside for a while, and every other task of every project moves on.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailingTaskIntegrationTests extends AbstractManualClockIntegrationTests {

	private static final String OTHER_PROJECT = "sim-other";

	@AfterEach
	void dropInjectedFailure() {
		this.jdbc.update("ALTER TABLE batch_subtask DROP CONSTRAINT IF EXISTS test_poison_never_starts");
	}

	@Test
	void keepsMovingASubtaskWhoseAttemptsReachedTheLargestCount() {
		String worn = api().body("""
				{"project_id":"sim","tasks":[{"task_type":"firmwareUpgrade","subtasks":[{"target":"worn"}]}]}""")
			.post("/_emulator/fixtures")
			.then()
			.statusCode(201)
			.extract()
			.path("task_ids[0]");
		// what a fixture of an earlier version (or any other writer) may have left
		this.jdbc.update("UPDATE batch_subtask SET attempts = 2147483647 WHERE task_id = ?", worn);
		String other = BatchTaskRequests.createUpgrade(api(), OTHER_PROJECT, "d1");

		advance(5);
		assertThat(details(worn)).isEqualTo(Map.of("worn", "Processing"));
		assertThat(BatchTaskRequests.status(api(), OTHER_PROJECT, other)).isEqualTo("Processing");

		advance(30);
		assertThat(details(worn)).isEqualTo(Map.of("worn", "Success"));
		assertThat(BatchTaskRequests.status(api(), OTHER_PROJECT, other)).isEqualTo("Success");
		assertThat(
				this.jdbc.queryForObject("SELECT attempts FROM batch_subtask WHERE task_id = ?", Integer.class, worn))
			.isEqualTo(Integer.MAX_VALUE);
		assertCountersMatchRows(worn);
	}

	@Test
	void setsAsideATaskWhoseStepFailsAndMovesEveryOtherTask(CapturedOutput output) {
		String failing = createUpgrade("poison", "fine");
		String other = BatchTaskRequests.createUpgrade(api(), OTHER_PROJECT, "d1");
		// the database refuses to move one subtask of the first task, as it would any
		// statement it cannot run
		this.jdbc.update("ALTER TABLE batch_subtask ADD CONSTRAINT test_poison_never_starts "
				+ "CHECK (target <> 'poison' OR status = 'Waitting')");
		double failuresBefore = stepFailures();

		advance(5);
		assertThat(BatchTaskRequests.status(api(), OTHER_PROJECT, other)).isEqualTo("Processing");
		advance(30);
		assertThat(BatchTaskRequests.status(api(), OTHER_PROJECT, other)).isEqualTo("Success");
		assertThat(details(failing)).isEqualTo(Map.of("poison", "Waitting", "fine", "Waitting"));
		assertThat(stepFailures()).isGreaterThan(failuresBefore);
		assertThat(output.getOut()).contains("Simulation step of task " + failing + " (project sim) failed");

		dropInjectedFailure();
		advance(3600);
		assertThat(details(failing)).isEqualTo(Map.of("poison", "Success", "fine", "Success"));
		assertCountersMatchRows(failing);
	}

	private double stepFailures() {
		return api().get("/actuator/metrics/iotda.simulation.step.failures")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getDouble("measurements[0].value");
	}

}
