package io.iotda.emulator.batchtask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The embedded H2 database's limits as a client meets them: a create past
 * {@code iotda.limits.max-subtasks} is refused with an IoTDA error that names the limit,
 * and an operation on a task whose row stays locked answers 503 with {@code Retry-After},
 * never 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:limits;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
				+ "DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=250",
		"iotda.demo.enabled=false", "iotda.simulation.clock.mode=manual", "iotda.limits.max-subtasks=25" })
class EmbeddedDatabaseLimitsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void resetEverything() {
		api().post("/_emulator/reset").then().statusCode(200);
	}

	@Test
	void refusesACreateThatWouldStoreMoreSubtasksThanTheLimit() {
		create("p1", 20).then().statusCode(201);

		create("p2", 10).then()
			.statusCode(403)
			.body("error_code", equalTo("IOTDA.014223"))
			.body("error_msg", allOf(containsString("iotda.limits.max-subtasks"), containsString("The limit is 25"),
					containsString("20 are stored and this create adds 10")));

		create("p2", 5).then().statusCode(201);
		api().get("/v5/iot/p2/batchtasks?task_type=firmwareUpgrade").then().body("page.count", equalTo(1));
	}

	@Test
	void answersAnOperationOnATaskLockedThroughTheRetriesWith503AndRetryAfter() throws Exception {
		String taskId = create("p1", 3).then().statusCode(201).extract().path("task_id");

		try (Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder
				.prepareStatement("SELECT id FROM batch_task WHERE id = ? FOR UPDATE")) {
				lock.setString(1, taskId);
				try (ResultSet row = lock.executeQuery()) {
					assertThat(row.next()).isTrue();
				}
			}

			api().body("{}")
				.post("/v5/iot/p1/batchtasks/{id}/stop", taskId)
				.then()
				.statusCode(503)
				.header("Retry-After", "1")
				.body("error_code", equalTo("IOTDA.000001"))
				.body("error_msg", equalTo("Internal server error. (service busy, retry later)"));
			api().post("/_emulator/projects/p1/reset").then().statusCode(503).header("Retry-After", "1");

			holder.rollback();
		}

		api().body("{}").post("/v5/iot/p1/batchtasks/{id}/stop", taskId).then().statusCode(200);
		api().post("/_emulator/projects/p1/reset").then().statusCode(200).body("tasks_deleted", equalTo(1));
	}

	private io.restassured.response.Response create(String project, int targets) {
		List<String> devices = IntStream.range(0, targets).mapToObj((i) -> project + "-device-" + i).toList();
		return api()
			.body(java.util.Map.of("task_name", "limits", "task_type", "firmwareUpgrade", "targets", devices,
					"document", java.util.Map.of("package_ids", List.of("p"))))
			.post("/v5/iot/{project}/batchtasks", project);
	}

	private RequestSpecification api() {
		return RestAssured.given(new RequestSpecBuilder().setPort(this.port).setContentType(ContentType.JSON).build());
	}

}
