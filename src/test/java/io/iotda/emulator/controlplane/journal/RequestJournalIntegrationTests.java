package io.iotda.emulator.controlplane.journal;

import static io.iotda.emulator.support.IotdaEnvelopes.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.iotda.v5.IoTDAClient;
import com.huaweicloud.sdk.iotda.v5.model.BatchTargets;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTask;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.ListBatchTasksRequest;
import com.huaweicloud.sdk.iotda.v5.model.StopBatchTaskRequest;
import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.ManualSimulationClock;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request journal and its verify API over HTTP on PostgreSQL: what an entry holds
 * (credentials masked), the list's filters, counting requests that meet conditions, the
 * nearest requests when a count is not the one expected, and the refusal of conditions
 * that cannot be checked.
 */
@ManualSimulationClock
class RequestJournalIntegrationTests extends AbstractApiIntegrationTests {

	private static final String TASKS = "/v5/iot/{project_id}/batchtasks";

	private static final String UPGRADE = """
			{"task_name":"journal","task_type":"firmwareUpgrade","targets":["d1","d2","d3"],
			 "document":{"package_ids":["pkg"]},"task_policy":{"retry_count":3,"retry_interval":10}}""";

	@BeforeEach
	void resetEmulator() {
		resetEmulatorOnManualClockAt("2036-01-01T00:00:00Z");
	}

	@Test
	void keepsWhatWasSentAndWhatWasAnsweredWithCredentialsMasked() {
		String signature = "SDK-HMAC-SHA256 Access=AKJOURNAL, SignedHeaders=host;x-sdk-date, "
				+ "Signature=0a1b2c3d4e5f60718293a4b5c6d7e8f9";
		String requestId = api().header("X-Auth-Token", "MIIsecret-token-value")
			.header("Authorization", signature)
			.header("Instance-Id", "inst-1")
			.body(UPGRADE)
			.post(TASKS, "p1")
			.then()
			.statusCode(201)
			.extract()
			.header("X-Request-Id");

		JsonPath journal = api().get("/_emulator/requests?limit=1").then().statusCode(200).extract().jsonPath();

		assertThat(journal.getMap("requests[0]")).containsEntry("method", "POST")
			.containsEntry("path", "/v5/iot/p1/batchtasks")
			.containsEntry("project_id", "p1")
			.containsEntry("instance_id", "inst-1")
			.containsEntry("status", 201)
			.containsEntry("request_id", requestId)
			.containsEntry("emulated_time", "2036-01-01T00:00:00Z")
			.containsEntry("body_excerpt", UPGRADE)
			.containsEntry("body_truncated", false)
			.containsEntry("response_body_truncated", false);
		assertThat(Instant.parse(journal.getString("requests[0].time"))).isBeforeOrEqualTo(Instant.now());
		assertThat(journal.getInt("requests[0].latency_ms")).isNotNegative();
		Map<String, String> sent = journal.getMap("requests[0].request_headers");
		assertThat(sent).containsEntry("X-Auth-Token", "****")
			.containsEntry("Authorization",
					"SDK-HMAC-SHA256 Access=AKJOURNAL, SignedHeaders=host;x-sdk-date, Signature=****")
			.containsEntry("Instance-Id", "inst-1");
		Map<String, String> answered = journal.getMap("requests[0].response_headers");
		assertThat(answered).containsEntry("X-Request-Id", requestId);
		assertThat(answered.get("Content-Type")).startsWith("application/json");
		assertThat(journal.getString("requests[0].response_body_excerpt")).contains("\"task_name\":\"journal\"")
			.contains("\"status\":\"Processing\"");
		assertThat(api().get("/_emulator/requests").asString()).doesNotContain("secret-token")
			.doesNotContain("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
	}

	@Test
	void listsOnlyTheRequestsThatPassEveryFilter() throws InterruptedException {
		api().get(TASKS + "?task_type=firmwareUpgrade", "p1").then().statusCode(200);
		api().body("{}").post(TASKS + "/{id}/stop", "p1", "0123456789abcdef01234567").then().statusCode(404);
		api().get(TASKS + "?task_type=createCommands", "p2").then().statusCode(200);
		Thread.sleep(5);
		api().body("{\"seconds\":60}").post("/_emulator/clock/advance").then().statusCode(200);
		api().body(UPGRADE).post(TASKS, "p2").then().statusCode(201);

		assertThat(paths("method=get")).containsExactly("/v5/iot/p2/batchtasks", "/v5/iot/p1/batchtasks");
		assertThat(paths("path_pattern=/v5/iot/*/batchtasks")).hasSize(3);
		assertThat(paths("path_pattern=/v5/iot/p1/**"))
			.containsExactly("/v5/iot/p1/batchtasks/0123456789abcdef01234567/stop", "/v5/iot/p1/batchtasks");
		assertThat(paths("path_contains=/stop")).hasSize(1);
		assertThat(paths("project_id=p2&method=POST")).containsExactly("/v5/iot/p2/batchtasks");
		assertThat(paths("status=404")).containsExactly("/v5/iot/p1/batchtasks/0123456789abcdef01234567/stop");
		assertThat(paths("emulated_since=2036-01-01T00:01:00Z")).containsExactly("/v5/iot/p2/batchtasks");
		String third = api().get("/_emulator/requests?limit=2").jsonPath().getString("requests[1].time");
		assertThat(paths("since=" + third)).hasSize(2);
		assertThat(paths("limit=1")).hasSize(1);

		assertRefused(api().get("/_emulator/requests?status=99"), 400, "IOTDA.000006");
		assertRefused(api().get("/_emulator/requests?since=yesterday"), 400, "IOTDA.000006").body("error_msg",
				equalTo("Invalid input data. since must be an ISO-8601 time such as 2036-01-01T00:00:00Z."));
		assertRefused(api().get("/_emulator/requests?limit=0"), 400, "IOTDA.000017");
		assertRefused(api().get("/_emulator/requests?project_id=a.b"), 400, "IOTDA.000006");
	}

	@Test
	void refusesAConditionItDoesNotKnowInsteadOfCountingWithoutIt() {
		createUpgrade();
		// "path" is no condition ("path_pattern" is): dropping it would count every POST
		assertRefused(api().body("{\"method\":\"POST\",\"path\":\"/v5/iot/p1/batchtasks/*/stop\"}")
			.post("/_emulator/requests/count"), 400, "IOTDA.000006")
			.body("error_msg", org.hamcrest.Matchers.containsString("no field path"))
			.body("error_msg", org.hamcrest.Matchers.containsString("path_pattern"));
		api().body("{\"method\":\"POST\",\"path_pattern\":\"/v5/iot/p1/batchtasks/*/stop\"}")
			.post("/_emulator/requests/count")
			.then()
			.statusCode(200)
			.body("count", org.hamcrest.Matchers.equalTo(0));
	}

	@Test
	void countsTheRequestsThatMeetEveryCondition() {
		String taskId = createUpgrade();
		api().header("X-Test", "yes").get(TASKS + "?task_type=firmwareUpgrade&limit=10", "p1").then().statusCode(200);
		api().body("{\"targets\":[\"d1\",\"d2\"]}").post(TASKS + "/{id}/stop", "p1", taskId).then().statusCode(200);

		count("""
				{"method":"post","path_pattern":"/v5/iot/p1/batchtasks/%s/stop",
				 "body_json_paths":[{"path":"$.targets","equal_to":["d1","d2"]}],"expected_count":1}"""
			.formatted(taskId)).body("count", equalTo(1))
			.body("as_expected", equalTo(true))
			.body("dropped", equalTo(0))
			.body("nearest", equalTo(null));
		count("{\"query\":{\"task_type\":\"firmwareUpgrade\",\"limit\":\"10\"},\"headers\":{\"x-test\":\"yes\"}}")
			.body("count", equalTo(1))
			.body("as_expected", equalTo(null));
		count("{\"body_contains\":\"\\\"d3\\\"\"}").body("count", equalTo(1));
		count("{\"body_json_paths\":[{\"path\":\"$.task_policy.retry_count\"}]}").body("count", equalTo(1));
		count("{\"body_json_paths\":[{\"path\":\"$.task_policy.retry_count\",\"equal_to\":3.0}]}").body("count",
				equalTo(1));
		count("{\"body_json_paths\":[{\"path\":\"$.targets[?(@ == 'd2')]\"}],\"status\":200}").body("count",
				equalTo(1));
		count("{\"project_id\":\"p1\",\"method\":\"GET\",\"status\":200}").body("count", equalTo(1));
		count("{\"project_id\":\"p9\"}").body("count", equalTo(0));
	}

	@Test
	void answersTheNearestRequestsWhenTheCountIsNotTheExpectedOne() {
		String taskId = createUpgrade();
		api().body("{\"targets\":[\"d1\",\"d2\"]}").post(TASKS + "/{id}/stop", "p1", taskId).then().statusCode(200);
		String stop = "{\"method\":\"POST\",\"path_pattern\":\"/v5/iot/p1/batchtasks/*/stop\","
				+ "\"body_json_paths\":[{\"path\":\"$.targets\",\"equal_to\":%s}],\"expected_count\":%d%s}";

		count(stop.formatted("[\"d1\",\"d3\"]", 1, "")).body("count", equalTo(0))
			.body("as_expected", equalTo(false))
			.body("nearest", hasSize(2))
			.body("nearest[0].unmet", equalTo(List.of("body at $.targets is [\"d1\",\"d2\"], not [\"d1\",\"d3\"]")))
			.body("nearest[0].request.path", equalTo("/v5/iot/p1/batchtasks/" + taskId + "/stop"))
			.body("nearest[1].unmet",
					equalTo(List.of("path /v5/iot/p1/batchtasks does not match /v5/iot/p1/batchtasks/*/stop",
							"body at $.targets is [\"d1\",\"d2\",\"d3\"], not [\"d1\",\"d3\"]")));
		count(stop.formatted("[\"d1\",\"d2\"]", 0, ",\"nearest_limit\":1")).body("count", equalTo(1))
			.body("as_expected", equalTo(false))
			.body("nearest", hasSize(1))
			.body("nearest[0].unmet", hasSize(0));
	}

	@Test
	void refusesConditionsItCannotCheck() {
		assertRefused(countRequest("{\"body_json_paths\":[{\"path\":\"$[\"}]}"), 400, "IOTDA.000006").body("error_msg",
				org.hamcrest.Matchers.startsWith("Invalid input data. body_json_paths[0].path is not"));
		assertRefused(countRequest("{\"body_json_paths\":[{\"path\":\"$.targets[?(@ =~ /a+/)]\"}]}"), 400,
				"IOTDA.000006")
			.body("error_msg",
					equalTo("Invalid input data. body_json_paths[0].path must not use =~ (regular expressions)."));
		assertRefused(countRequest("{\"body_json_paths\":[{\"equal_to\":1}]}"), 400, "IOTDA.000006").body("error_msg",
				equalTo("Invalid input data. body_json_paths[0].path is required."));
		assertRefused(countRequest("{\"since\":\"2036-13-01T00:00:00Z\"}"), 400, "IOTDA.000006");
		assertRefused(countRequest("{\"status\":600}"), 400, "IOTDA.000006").body("error_msg",
				equalTo("Invalid input data. status must be 100 to 599."));
		assertRefused(countRequest("{\"expected_count\":-1}"), 400, "IOTDA.000006");
		assertRefused(countRequest("{\"nearest_limit\":0}"), 400, "IOTDA.000006");
		assertRefused(countRequest("{\"method\":\"GE T\"}"), 400, "IOTDA.000006");
		assertRefused(countRequest("{\"headers\":{\"X-Test\":null}}"), 400, "IOTDA.000006");
		StringBuilder query = new StringBuilder("{\"query\":{");
		for (int i = 0; i <= CountRequest.MAX_PAIRS; i++) {
			query.append((i > 0) ? "," : "").append("\"q").append(i).append("\":\"v\"");
		}
		assertRefused(countRequest(query + "}}"), 400, "IOTDA.000006").body("error_msg",
				equalTo("Invalid input data. query must hold at most 32 names."));
		assertRefused(api().body("[1]").post("/_emulator/requests/count"), 400, "IOTDA.000008");
	}

	/**
	 * An application's scenario driven through the official SDK, checked through the
	 * verify API alone: exactly one stop of the task naming d1 and d2, none naming d3,
	 * every call signed for the project.
	 */
	@Test
	void verifiesWhatAnSdkScenarioSentThroughTheVerifyApiAlone() {
		IoTDAClient client = IoTDAClient.newBuilder()
			.withCredential(new BasicCredentials().withAk("AKJOURNAL").withSk("sk-journal").withProjectId("p1"))
			.withHttpConfig(HttpConfig.getDefaultHttpConfig().withTimeout(10))
			.withEndpoint("http://127.0.0.1:" + this.port)
			.build();
		String taskId = client
			.createBatchTask(new CreateBatchTaskRequest().withBody(new CreateBatchTask().withTaskName("sdk_journal")
				.withTaskType("firmwareUpgrade")
				.withTargets(List.of("d1", "d2", "d3"))
				.withDocument(Map.of("package_ids", List.of("pkg")))))
			.getTaskId();
		client.stopBatchTask(new StopBatchTaskRequest().withTaskId(taskId)
			.withBody(new BatchTargets().withTargets(List.of("d1", "d2"))));
		client.listBatchTasks(new ListBatchTasksRequest().withTaskType("firmwareUpgrade"));

		String stopOfTheTask = "\"method\":\"POST\",\"path_pattern\":\"/v5/iot/p1/batchtasks/" + taskId + "/stop\"";
		count("{" + stopOfTheTask + ",\"body_json_paths\":[{\"path\":\"$.targets\",\"equal_to\":[\"d1\",\"d2\"]}],"
				+ "\"status\":200,\"expected_count\":1}")
			.body("as_expected", equalTo(true));
		count("{" + stopOfTheTask + ",\"body_contains\":\"\\\"d3\\\"\",\"expected_count\":0}").body("as_expected",
				equalTo(true));
		count("{\"headers\":{\"X-Project-Id\":\"p1\"},\"expected_count\":3}").body("as_expected", equalTo(true));
		count("{\"method\":\"GET\",\"query\":{\"task_type\":\"firmwareUpgrade\"},\"expected_count\":1}")
			.body("as_expected", equalTo(true));
	}

	private String createUpgrade() {
		return api().body(UPGRADE).post(TASKS, "p1").then().statusCode(201).extract().path("task_id");
	}

	private List<String> paths(String query) {
		return api().get("/_emulator/requests?" + query)
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getList("requests.path", String.class);
	}

	private io.restassured.response.Response countRequest(String body) {
		return api().body(body).post("/_emulator/requests/count");
	}

	private io.restassured.response.ValidatableResponse count(String body) {
		return countRequest(body).then().statusCode(200);
	}

}
