package io.iotda.emulator.emulator;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The no-setup start: with no database configured the emulator runs on embedded H2 with
 * the demo data, and the official stop example works on the demo task at once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void servesTheDemoTaskAndTheOfficialStopExample() {
		request().get("/v5/iot/demo/batchtasks/{task_id}", DemoData.FIRMWARE_TASK_ID)
			.then()
			.statusCode(200)
			.body("batchtask.task_type", equalTo("firmwareUpgrade"))
			.body("batchtask.status", equalTo("Processing"))
			.body("batchtask.targets",
					hasItems("e495cf17-ff79-4294-8f64-4d367919d665", "e495cf17-ff79-4294-8f64-4d367919d677"));

		jsonRequest().body("{\"targets\":[\"e495cf17-ff79-4294-8f64-4d367919d665\"]}")
			.post("/v5/iot/demo/batchtasks/{task_id}/stop", DemoData.FIRMWARE_TASK_ID)
			.then()
			.statusCode(200)
			.body("targets[0].target", equalTo("e495cf17-ff79-4294-8f64-4d367919d665"))
			.body("targets[0].status", equalTo("success"));

		jsonRequest().body("{}")
			.post("/v5/iot/demo/batchtasks/{task_id}/stop", DemoData.COMMANDS_TASK_ID)
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000006"));

		request().get("/v3/api-docs")
			.then()
			.statusCode(200)
			.body("paths", org.hamcrest.Matchers.hasKey("/v5/iot/{project_id}/batchtasks/{task_id}/stop"));
		request().redirects().follow(true).get("/swagger-ui.html").then().statusCode(200);
	}

	@Test
	void theDemoUpgradeWaitsForAStopHoweverLongItRuns() {
		jsonRequest().body("{\"mode\":\"manual\"}").put("/_emulator/clock").then().statusCode(200);
		try {
			jsonRequest().body("{\"duration\":\"PT24H\"}").post("/_emulator/clock/advance").then().statusCode(200);
			request().get("/v5/iot/demo/batchtasks/{task_id}?limit=50", DemoData.FIRMWARE_TASK_ID)
				.then()
				.statusCode(200)
				.body("batchtask.status", equalTo("Processing"))
				.body("task_details", hasSize(10))
				// Stopped only where the other test stopped one; none finished by itself
				.body("task_details.status", everyItem(oneOf("Processing", "Stopped")));
		}
		finally {
			jsonRequest().body("{\"mode\":\"realtime\"}").put("/_emulator/clock").then().statusCode(200);
		}
	}

	private RequestSpecification request() {
		return RestAssured.given().port(this.port);
	}

	private RequestSpecification jsonRequest() {
		return request().contentType(ContentType.JSON);
	}

}
