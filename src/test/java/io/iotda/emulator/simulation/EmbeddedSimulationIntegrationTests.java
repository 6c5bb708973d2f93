package io.iotda.emulator.simulation;

import io.iotda.emulator.support.BatchTaskRequests;
import io.iotda.emulator.support.ManualSimulationClock;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The simulator's isolation of failing tasks and the clock's range on the embedded
 * default database (H2 in PostgreSQL mode; its own in-memory database, without the demo
 * data).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = {
				"spring.datasource.url=jdbc:h2:mem:simulation-robustness;MODE=PostgreSQL;"
						+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"iotda.demo.enabled=false" })
@ManualSimulationClock
class EmbeddedSimulationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void resetEmulator() {
		api().post("/_emulator/reset").then().statusCode(200);
		api().body("{\"mode\":\"manual\",\"now\":\"2036-01-01T00:00:00Z\"}")
			.put("/_emulator/clock")
			.then()
			.statusCode(200);
	}

	@AfterEach
	void dropInjectedFailure() {
		this.jdbc.update("ALTER TABLE batch_subtask DROP CONSTRAINT IF EXISTS test_poison_never_starts");
	}

	@Test
	void keepsMovingASubtaskWhoseAttemptsReachedTheLargestCount() {
		String worn = BatchTaskRequests.createUpgrade(api(), "p-worn", "worn");
		this.jdbc.update("UPDATE batch_subtask SET attempts = 2147483647 WHERE task_id = ?", worn);
		String other = BatchTaskRequests.createUpgrade(api(), "p-other", "d1");

		advance(35);

		assertThat(BatchTaskRequests.status(api(), "p-worn", worn)).isEqualTo("Success");
		assertThat(BatchTaskRequests.status(api(), "p-other", other)).isEqualTo("Success");
		assertThat(
				this.jdbc.queryForObject("SELECT attempts FROM batch_subtask WHERE task_id = ?", Integer.class, worn))
			.isEqualTo(Integer.MAX_VALUE);
	}

	@Test
	void setsAsideATaskWhoseStepFailsAndMovesEveryOtherTask() {
		String failing = BatchTaskRequests.createUpgrade(api(), "p-failing", "poison");
		String other = BatchTaskRequests.createUpgrade(api(), "p-other", "d1");
		this.jdbc.update("ALTER TABLE batch_subtask ADD CONSTRAINT test_poison_never_starts "
				+ "CHECK (target <> 'poison' OR status = 'Waitting')");

		advance(35);
		assertThat(BatchTaskRequests.status(api(), "p-other", other)).isEqualTo("Success");
		assertThat(BatchTaskRequests.status(api(), "p-failing", failing)).isEqualTo("Processing");
		assertThat(
				this.jdbc.queryForObject("SELECT status FROM batch_subtask WHERE task_id = ?", String.class, failing))
			.isEqualTo("Waitting");

		dropInjectedFailure();
		advance(3600);
		assertThat(BatchTaskRequests.status(api(), "p-failing", failing)).isEqualTo("Success");
	}

	@Test
	void holdsTasksAtTheEndOfTheClockRangeAndRefusesTimesPastIt() {
		api().body("{\"now\":\"+300000-01-01T00:00:00Z\"}")
			.put("/_emulator/clock")
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000006"));
		api().body("{\"now\":\"8999-12-31T23:59:50Z\"}").put("/_emulator/clock").then().statusCode(200);
		String taskId = BatchTaskRequests.createUpgrade(api(), "p-late", "d1");

		advance(10);

		assertThat(BatchTaskRequests.status(api(), "p-late", taskId)).isEqualTo("Processing");
		api().get("/_emulator/clock").then().statusCode(200).body("now", equalTo("9000-01-01T00:00:00Z"));
	}

	private void advance(int seconds) {
		api().body("{\"seconds\":" + seconds + "}").post("/_emulator/clock/advance").then().statusCode(200);
	}

	private RequestSpecification api() {
		return RestAssured.given(new RequestSpecBuilder().setPort(this.port).setContentType(ContentType.JSON).build());
	}

}
