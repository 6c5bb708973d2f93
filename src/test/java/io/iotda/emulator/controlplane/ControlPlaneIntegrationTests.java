package io.iotda.emulator.controlplane;

import static io.iotda.emulator.support.IotdaEnvelopes.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.sun.net.httpserver.HttpServer;
import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.ManualSimulationClock;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The control plane over HTTP: device groups, fixtures, faults, the request journal,
 * webhooks and reset. Manual clock far ahead of the wall clock, fixed durations (as the
 * simulator's tests).
 */
@ManualSimulationClock
class ControlPlaneIntegrationTests extends AbstractApiIntegrationTests {

	private static final String TASKS = "/v5/iot/{project_id}/batchtasks";

	@BeforeEach
	void resetEmulator() {
		resetEmulatorOnManualClockAt("2036-01-01T00:00:00Z");
	}

	@Test
	void readsSetsAndAdvancesTheClock() {
		api().get("/_emulator/clock")
			.then()
			.statusCode(200)
			.body("mode", equalTo("manual"))
			.body("now", equalTo("2036-01-01T00:00:00Z"))
			.body("now_iotda", equalTo("20360101T000000Z"));
		api().body("{\"duration\":\"PT1H30M\"}")
			.post("/_emulator/clock/advance")
			.then()
			.statusCode(200)
			.body("clock.now", equalTo("2036-01-01T01:30:00Z"));
		assertRefused(api().body("{\"mode\":\"sideways\"}").put("/_emulator/clock"), 400, "IOTDA.000006");
		api().body("{\"seconds\":-5}").post("/_emulator/clock/advance").then().statusCode(400);
	}

	@Test
	void expandsTargetsFilterGroupsThroughDeviceGroups() {
		api().body("{\"devices\":[\"g-1\",\"g-2\",\"g-2\"]}")
			.put("/_emulator/projects/p1/groups/{group}", "fleet")
			.then()
			.statusCode(200)
			.body("devices", equalTo(List.of("g-1", "g-2")));
		api().get("/_emulator/projects/p1/groups").then().statusCode(200).body("groups", hasSize(1));

		String taskId = api().body("""
				{"task_name":"grp","task_type":"createCommands","targets_filter":{"group_ids":["fleet"]},
				 "document":{"service_id":"s","command_name":"c"}}""")
			.post(TASKS, "p1")
			.then()
			.statusCode(201)
			.body("task_progress.total", equalTo(2))
			.extract()
			.path("task_id");
		assertThat(taskId).hasSize(24);

		api().delete("/_emulator/projects/p1/groups/{group}", "fleet").then().statusCode(204);
		assertRefused(api().delete("/_emulator/projects/p1/groups/{group}", "fleet"), 404, "EMULATOR.0404");
		api().body("""
				{"task_name":"grp","task_type":"createCommands","targets_filter":{"group_ids":["fleet"]}}""")
			.post(TASKS, "p1")
			.then()
			.statusCode(400);
	}

	@Test
	void loadsAFixtureWithSubtasksInGivenStatesAndMovesItOn() {
		String taskId = "0123456789abcdef01234567";
		api().body("""
				{"project_id":"p1","tasks":[{"task_id":"%s","task_type":"firmwareUpgrade","subtasks":[
				  {"target":"a","status":"Success","attempts":1},
				  {"target":"b","status":"Fail","error_code":"IOTDA.014230","error_msg":"no","attempts":1},
				  {"target":"c","status":"Processing"},
				  {"target":"d"}]}]}""".formatted(taskId))
			.post("/_emulator/fixtures")
			.then()
			.statusCode(201)
			.body("task_ids", equalTo(List.of(taskId)));

		assertTaskProgress("p1", taskId, "Processing", Map.of("success", 1, "fail", 1, "processing", 1, "waitting", 1));
		api().get(TASKS + "/{id}?target=b", "p1", taskId)
			.then()
			.body("task_details[0].error.error_code", equalTo("IOTDA.014230"));

		api().body("{\"seconds\":35}").post("/_emulator/clock/advance").then().statusCode(200);
		assertTaskProgress("p1", taskId, "PartialSuccess", Map.of("success", 3, "fail", 1));

		api()
			.body("{\"project_id\":\"p1\",\"tasks\":[{\"task_id\":\"" + taskId
					+ "\",\"task_type\":\"firmwareUpgrade\",\"subtasks\":[{\"target\":\"a\"}]}]}")
			.post("/_emulator/fixtures")
			.then()
			.statusCode(400);
	}

	@Test
	void injectsAnErrorForTheNextCallsOnlyAndJournalsWhatClientsSent() {
		api().body("{\"operation\":\"CreateBatchTask\",\"error_code\":\"IOTDA.000001\",\"times\":1}")
			.post("/_emulator/faults")
			.then()
			.statusCode(201)
			.body("http_status", equalTo(500));
		String body = "{\"task_name\":\"f\",\"task_type\":\"createMessages\",\"targets\":[\"m1\"]}";

		assertRefused(api().body(body).post(TASKS, "p1"), 500, "IOTDA.000001").body("error_msg",
				equalTo("Internal server error."));
		api().body(body).post(TASKS, "p1").then().statusCode(201);

		api().get("/_emulator/requests?limit=2")
			.then()
			.statusCode(200)
			.body("requests", hasSize(2))
			.body("requests[0].status", equalTo(201))
			.body("requests[0].method", equalTo("POST"))
			.body("requests[0].path", equalTo("/v5/iot/p1/batchtasks"))
			.body("requests[0].body_excerpt", equalTo(body))
			.body("requests[1].status", equalTo(500));
		api().get("/_emulator/faults")
			.then()
			.body("faults[0].remaining", equalTo(0))
			.body("faults[0].applied", equalTo(1));
	}

	@Test
	void addsLatencyWithAProbability() {
		api().body("{\"operation\":\"*\",\"latency_ms\":300,\"probability\":1.0,\"seed\":7}")
			.post("/_emulator/faults")
			.then()
			.statusCode(201);
		long start = System.nanoTime();
		api().get(TASKS + "?task_type=firmwareUpgrade", "p1").then().statusCode(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		api().body("{\"operation\":\"Nope\",\"latency_ms\":1}").post("/_emulator/faults").then().statusCode(400);
	}

	@Test
	void notifiesWebhooksOfEveryTaskStatusTransition() throws Exception {
		List<JsonNode> received = new CopyOnWriteArrayList<>();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		JsonMapper json = JsonMapper.builder().build();
		server.createContext("/hook", (exchange) -> {
			try (InputStream in = exchange.getRequestBody()) {
				received.add(json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.start();
		try {
			api().body("{\"url\":\"http://127.0.0.1:" + server.getAddress().getPort() + "/hook\"}")
				.post("/_emulator/webhooks")
				.then()
				.statusCode(201);
			String taskId = api()
				.body("{\"task_name\":\"w\",\"task_type\":\"firmwareUpgrade\",\"app_id\":\"app1\",\"targets\":[\"d1\"],"
						+ "\"document\":{\"package_ids\":[\"p\"]},\"task_policy\":{\"schedule_time\":\"20360101T000100Z\"}}")
				.post(TASKS, "p1")
				.then()
				.statusCode(201)
				.extract()
				.path("task_id");
			api().body("{\"seconds\":60}").post("/_emulator/clock/advance").then().statusCode(200);
			api().body("{\"seconds\":35}").post("/_emulator/clock/advance").then().statusCode(200);

			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 2);
			assertThat(received).extracting((n) -> n.at("/notify_data/body/status").asString())
				.containsExactly("Processing", "Success");
			JsonNode first = received.get(0);
			assertThat(first.at("/resource").asString()).isEqualTo("batchtask");
			assertThat(first.at("/event").asString()).isEqualTo("update");
			assertThat(first.at("/event_time").asString()).isEqualTo("20360101T000100Z");
			assertThat(first.at("/notify_data/body/task_id").asString()).isEqualTo(taskId);
			assertThat(first.at("/notify_data/body/task_type").asString()).isEqualTo("firmwareUpgrade");
			assertThat(first.at("/notify_data/body/app_id").asString()).isEqualTo("app1");
			api().get("/_emulator/webhooks/deliveries?task_id=" + taskId)
				.then()
				.statusCode(200)
				.body("deliveries", hasSize(2))
				.body("deliveries[0].outcome", equalTo("delivered"))
				.body("deliveries[0].http_status", equalTo(204));
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void retriesAWebhookThatFailsAndLogsEachAttempt() {
		api().body("{\"url\":\"http://127.0.0.1:9/unreachable\"}").post("/_emulator/webhooks").then().statusCode(201);
		loadACommandTaskAndAdvanceTheClock(15);

		Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.until(() -> api().get("/_emulator/webhooks/deliveries").jsonPath().getList("deliveries").size() >= 3);
		List<Map<String, Object>> deliveries = api().get("/_emulator/webhooks/deliveries")
			.jsonPath()
			.getList("deliveries");
		assertThat(deliveries).extracting((d) -> d.get("outcome")).containsExactly("failed", "retrying", "retrying");
		assertThat(deliveries).extracting((d) -> d.get("attempt")).containsExactly(3, 2, 1);
	}

	@Test
	void resetsOneProjectAndLeavesTheOthers() {
		for (String project : List.of("p1", "p2")) {
			api().body("{\"task_name\":\"r\",\"task_type\":\"createMessages\",\"targets\":[\"m1\"]}")
				.post(TASKS, project)
				.then()
				.statusCode(201);
		}
		api().body("{\"project_id\":\"p1\",\"pattern\":\"m1\",\"outcome\":\"fail\"}")
			.post("/_emulator/outcome-rules")
			.then()
			.statusCode(201);

		api().post("/_emulator/projects/p1/reset").then().statusCode(200).body("tasks_deleted", equalTo(1));

		api().get(TASKS + "?task_type=createMessages", "p1").then().body("page.count", equalTo(0));
		api().get(TASKS + "?task_type=createMessages", "p2").then().body("page.count", equalTo(1));
		api().get("/_emulator/outcome-rules").then().body("rules", hasSize(0));
	}

	@Test
	void managesOutcomeRules() {
		String id = api().body("{\"pattern\":\"dev-*\",\"match_type\":\"glob\",\"outcome\":\"stuck\"}")
			.post("/_emulator/outcome-rules")
			.then()
			.statusCode(201)
			.body("position", equalTo(1))
			.extract()
			.path("id");
		api().body("{\"pattern\":\"dev-1\",\"outcome\":\"fail_then_succeed\",\"fail_attempts\":2}")
			.put("/_emulator/outcome-rules/{id}", id)
			.then()
			.statusCode(200)
			.body("outcome", equalTo("fail_then_succeed"))
			.body("match_type", equalTo("exact"));
		assertRefused(api().body("{\"pattern\":\"x\",\"outcome\":\"explode\"}").post("/_emulator/outcome-rules"), 400,
				"IOTDA.000006");
		api().delete("/_emulator/outcome-rules/{id}", id).then().statusCode(204);
		assertRefused(api().get("/_emulator/outcome-rules/{id}", id), 404, "EMULATOR.0404");
	}

	@Test
	void documentsTheControlPlaneInItsOwnGroup() {
		api().get("/v3/api-docs/emulator")
			.then()
			.statusCode(200)
			.body("paths", org.hamcrest.Matchers.hasKey("/_emulator/clock/advance"))
			.body("paths", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("/v5/iot/{project_id}/batchtasks")));
		api().get("/v3/api-docs/iotda")
			.then()
			.statusCode(200)
			.body("paths", org.hamcrest.Matchers.hasKey("/v5/iot/{project_id}/batchtasks"))
			.body("paths", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("/_emulator/clock")));
	}

}
