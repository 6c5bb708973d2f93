package io.iotda.emulator.support;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the API tests: the whole application on a random port, on real PostgreSQL,
 * driven over HTTP with REST Assured. State is wiped before each test (server-side writes
 * are not rolled back).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestcontainersConfiguration.class)
// Nothing moves on its own: subtasks are put into states by the test (SQL or the control
// plane's clock).
@TestPropertySource(properties = "iotda.simulation.clock.mode=manual")
public abstract class AbstractApiIntegrationTests {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresProperties.register(registry);
	}

	@BeforeEach
	protected void wipeState() {
		this.jdbc.update("DELETE FROM batch_subtask");
		this.jdbc.update("DELETE FROM batch_task");
		this.jdbc.update("DELETE FROM device_group_member");
		this.jdbc.update("DELETE FROM device_group");
		this.jdbc.update("DELETE FROM device");
		this.jdbc.update("DELETE FROM product");
	}

	/** Forgets everything through the control plane ({@code POST /_emulator/reset}). */
	protected void resetThroughTheControlPlane() {
		api().post("/_emulator/reset").then().statusCode(200);
	}

	/**
	 * Forgets everything through the control plane and stands the clock still at
	 * {@code now}, for tests that drive time themselves.
	 */
	protected void resetEmulatorOnManualClockAt(String now) {
		resetThroughTheControlPlane();
		api().body("{\"mode\":\"manual\",\"now\":\"" + now + "\"}").put("/_emulator/clock").then().statusCode(200);
	}

	/**
	 * Loads, through the control plane, one createCommands task of project {@code p1}
	 * with one subtask, then moves the emulator's clock on by {@code seconds}: the task
	 * changes status (and webhooks are notified).
	 */
	protected void loadACommandTaskAndAdvanceTheClock(int seconds) {
		api().body("""
				{"project_id":"p1","tasks":[{"task_type":"createCommands","subtasks":[{"target":"c1"}]}]}""")
			.post("/_emulator/fixtures")
			.then()
			.statusCode(201);
		api().body("{\"seconds\":" + seconds + "}").post("/_emulator/clock/advance").then().statusCode(200);
	}

	/**
	 * Shows the task and checks the status and the progress counters the API answers
	 * ({@code task_progress.<counter>}, those given).
	 */
	protected ValidatableResponse assertTaskProgress(String project, String taskId, String status,
			Map<String, Integer> progress) {
		ValidatableResponse shown = api().get("/v5/iot/{project_id}/batchtasks/{task_id}", project, taskId)
			.then()
			.statusCode(200)
			.body("batchtask.status", equalTo(status));
		progress.forEach((counter, count) -> shown.body("batchtask.task_progress." + counter, equalTo(count)));
		return shown;
	}

	/** A request to this application, JSON by default. */
	protected RequestSpecification api() {
		return RestAssured.given(new RequestSpecBuilder().setPort(this.port).setContentType(ContentType.JSON).build());
	}

}
