package io.iotda.emulator.batchtask;

import static io.iotda.emulator.support.IotdaEnvelopes.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.iotda.emulator.web.IotdaTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StopBatchTaskIntegrationTests extends AbstractBatchTaskApiIntegrationTests {

	private static final String STOP = BASE + "/{task_id}/stop";

	@Test
	void answersTheOfficialExampleWithOneResultPerTargetInRequestOrder() {
		String taskId = createTask("firmwareUpgrade", List.of("e495cf17-ff79-4294-8f64-4d367919d677", "other"));

		assertAnswered(STOP, taskId, """
				{"targets":["e495cf17-ff79-4294-8f64-4d367919d665","e495cf17-ff79-4294-8f64-4d367919d677"]}""")
			.header("X-Request-Id", matchesPattern("[0-9a-f]{32}"))
			.contentType("application/json")
			.body("targets", hasSize(2))
			.body("targets[0].target", equalTo("e495cf17-ff79-4294-8f64-4d367919d665"))
			.body("targets[0].status", equalTo("failure"))
			.body("targets[0].error_code", equalTo("IOTDA.014219"))
			.body("targets[0].error_msg", equalTo("Invalid input. The target is not in the task"))
			.body("targets[1].target", equalTo("e495cf17-ff79-4294-8f64-4d367919d677"))
			.body("targets[1].status", equalTo("success"))
			.body("targets[1]", not(org.hamcrest.Matchers.hasKey("error_code")))
			.body("targets[1]", not(org.hamcrest.Matchers.hasKey("error_msg")));

		assertThat(subtaskStatus(taskId, "e495cf17-ff79-4294-8f64-4d367919d677")).isEqualTo("Stopped");
		assertThat(subtaskStatus(taskId, "other")).isEqualTo("Waitting");
		assertThat(taskStatus(taskId)).isEqualTo("Processing");
		assertCountersMatchRows(taskId);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "{}", "{\"targets\":[]}", "{\"targets\":null}" })
	void stopsEveryActiveSubtaskWhenNoTargetsAreNamed(String body) {
		String taskId = createTask("softwareUpgrade", devices(6));
		setSubtasks(taskId, Map.of("dev-00001", "Processing", "dev-00002", "FailWaitRetry", "dev-00003", "Success",
				"dev-00004", "Fail"));

		assertAnswered(STOP, taskId, body).body("targets", emptyIterable());

		assertThat(countRows(taskId)).containsExactlyInAnyOrderEntriesOf(Map.of("Stopped", 4, "Success", 1, "Fail", 1));
		assertThat(taskStatus(taskId)).isEqualTo("Stopping");
		assertCountersMatchRows(taskId);
		// Stopping lasts iotda.batch-task.stopping-duration (2 s) on the emulator's clock
		api().body("{\"seconds\":1}").post("/_emulator/clock/advance").then().statusCode(200);
		assertThat(taskStatus(taskId)).isEqualTo("Stopping");
		api().body("{\"seconds\":2}").post("/_emulator/clock/advance").then().statusCode(200);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "Stopped".equals(taskStatus(taskId)));
		assertTaskProgress(PROJECT, taskId, "Stopped", Map.of("stopped", 4, "success", 1, "fail", 1, "waitting", 0,
				"processing", 0, "fail_wait_retry", 0, "total", 6));
	}

	@Test
	void stopsAWholeTaskSentWithoutBodyOrContentType() throws Exception {
		String taskId = createTask("firmwareUpgrade", devices(2));

		var response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI
					.create("http://127.0.0.1:" + this.port + "/v5/iot/" + PROJECT + "/batchtasks/" + taskId + "/stop"))
				.POST(java.net.http.HttpRequest.BodyPublishers.noBody())
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"targets\":[]}");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");

		assertThat(countRows(taskId)).containsExactlyEntriesOf(Map.of("Stopped", 2));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Success", "Fail", "PartialSuccess", "Stopped", "Stopping" })
	void refusesATaskThatIsFinishedOrStopping(String status) {
		String taskId = createTask("firmwareUpgrade", devices(3));
		setTaskStatus(taskId, status);

		for (String body : List.of("{}", "{\"targets\":[\"dev-00001\"]}")) {
			assertRefused(api().body(body).post(STOP, PROJECT, taskId), 403, "IOTDA.014222").body("error_msg",
					equalTo("Operation not allowed. The task status does not allow this operation."));
		}
		assertThat(countRows(taskId)).containsExactlyEntriesOf(Map.of("Waitting", 3));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "moduleUpgrade", "createCommands", "createMessages", "updateDeviceShadows", "deleteDevices" })
	void refusesTaskTypesOtherThanFirmwareAndSoftwareUpgrades(String type) {
		String taskId = createTask(type, devices(2));

		assertRefused(api().body("{}").post(STOP, PROJECT, taskId), 400, "IOTDA.000006").body("error_msg",
				containsString(type));
		assertThat(countRows(taskId)).containsExactlyEntriesOf(Map.of("Waitting", 2));
	}

	@Test
	void rejectsMoreThanOneHundredTargetsAndStopsNothing() {
		List<String> targets = devices(101);
		String taskId = createTask("firmwareUpgrade", targets);

		assertRefused(api().body("{\"targets\":" + json(targets) + "}").post(STOP, PROJECT, taskId), 400,
				"IOTDA.000006");

		assertThat(countRows(taskId)).containsExactlyEntriesOf(Map.of("Waitting", 101));
		assertCountersMatchRows(taskId);
	}

	@Test
	void acceptsExactlyOneHundredTargets() {
		List<String> targets = devices(100);
		String taskId = createTask("firmwareUpgrade", devices(101));

		assertAnswered(STOP, taskId, "{\"targets\":" + json(targets) + "}").body("targets", hasSize(100))
			.body("targets.status", org.hamcrest.Matchers.everyItem(equalTo("success")));

		assertThat(countRows(taskId)).containsExactlyInAnyOrderEntriesOf(Map.of("Stopped", 100, "Waitting", 1));
		assertThat(taskStatus(taskId)).isEqualTo("Processing");
		assertCountersMatchRows(taskId);
	}

	@Test
	void answersARepeatedTargetOnce() {
		String taskId = createTask("firmwareUpgrade", devices(3));

		assertAnswered(STOP, taskId, """
				{"targets":["dev-00002","dev-00001","dev-00002","ghost","ghost"]}""")
			.body("targets.target", equalTo(List.of("dev-00002", "dev-00001", "ghost")))
			.body("targets.status", equalTo(List.of("success", "success", "failure")));

		assertCountersMatchRows(taskId);
	}

	@Test
	void refusesSubtasksThatAreAlreadyFinished() {
		String taskId = createTask("firmwareUpgrade", devices(5));
		setSubtasks(taskId,
				Map.of("dev-00001", "Success", "dev-00002", "Fail", "dev-00003", "Stopped", "dev-00004", "Processing"));

		assertAnswered(STOP, taskId, """
				{"targets":["dev-00001","dev-00002","dev-00003","dev-00004","dev-00005"]}""")
			.body("targets.status", equalTo(List.of("failure", "failure", "failure", "success", "success")))
			.body("targets[0].error_code", equalTo("IOTDA.014220"))
			.body("targets[0].error_msg",
					equalTo("Operation not allowed. The subtask status does not allow this operation."))
			.body("targets[1].error_code", equalTo("IOTDA.014220"))
			.body("targets[2].error_code", equalTo("IOTDA.014220"))
			.body("targets[3].error_code", nullValue());

		assertThat(subtaskStatus(taskId, "dev-00001")).isEqualTo("Success");
		assertThat(subtaskStatus(taskId, "dev-00004")).isEqualTo("Stopped");
		assertCountersMatchRows(taskId);
	}

	@Test
	void stopsEachActiveStatusByName() {
		String taskId = createTask("firmwareUpgrade", devices(4));
		setSubtasks(taskId, Map.of("dev-00001", "Processing", "dev-00002", "FailWaitRetry"));

		assertAnswered(STOP, taskId, """
				{"targets":["dev-00001","dev-00002","dev-00003"]}""").body("targets.status",
				equalTo(List.of("success", "success", "success")));

		assertThat(countRows(taskId)).containsExactlyInAnyOrderEntriesOf(Map.of("Stopped", 3, "Waitting", 1));
		assertCountersMatchRows(taskId);
	}

	@Test
	void endsFailWhenTheLastActiveSubtaskIsStoppedByNameAndNoneSucceeded() {
		String taskId = createTask("firmwareUpgrade", devices(2));
		setSubtasks(taskId, Map.of("dev-00001", "Fail"));

		assertAnswered(STOP, taskId, "{\"targets\":[\"dev-00002\"]}");

		assertThat(taskStatus(taskId)).isEqualTo("Fail");
		assertCountersMatchRows(taskId);
	}

	@Test
	void endsPartialSuccessWhenTheLastActiveSubtaskIsStoppedByNameAndSomeSucceeded() {
		String taskId = createTask("firmwareUpgrade", devices(3));
		setSubtasks(taskId, Map.of("dev-00001", "Success", "dev-00002", "Processing"));

		assertAnswered(STOP, taskId, "{\"targets\":[\"dev-00002\"]}");
		assertThat(taskStatus(taskId)).isEqualTo("Processing");

		assertAnswered(STOP, taskId, "{\"targets\":[\"dev-00003\"]}");
		assertThat(taskStatus(taskId)).isEqualTo("PartialSuccess");
		assertCountersMatchRows(taskId);
	}

	@Test
	void stopsAScheduledTaskThatIsStillWaitting() {
		String taskId = assertCreated("""
				{"task_name":"later","task_type":"firmwareUpgrade","targets":["a","b"],
				 "task_policy":{"schedule_time":"%s"}}"""
			.formatted(IotdaTime.format(java.time.Instant.now().plus(Duration.ofDays(1)))))
			.body("status", equalTo("Waitting"))
			.extract()
			.path("task_id");

		assertAnswered(STOP, taskId, "{}");

		assertThat(countRows(taskId)).containsExactlyEntriesOf(Map.of("Stopped", 2));
	}

	@Test
	void answersNotFoundForTasksOfOtherProjectsOrInstancesAndUnknownIds() {
		String taskId = createTask(PROJECT, "inst-a", "firmwareUpgrade", devices(1));

		for (String id : List.of("abc", "0123456789abcdef01234567")) {
			assertRefused(api().header("Instance-Id", "inst-a").body("{}").post(STOP, PROJECT, id), 404, "IOTDA.014221")
				.body("error_msg", equalTo("The batch task does not exist."));
		}
		api().header("Instance-Id", "inst-a").body("{}").post(STOP, "p2", taskId).then().statusCode(404);
		api().header("Instance-Id", "inst-b").body("{}").post(STOP, PROJECT, taskId).then().statusCode(404);
		api().body("{}").post(STOP, PROJECT, taskId).then().statusCode(404);

		assertThat(countRows(taskId)).containsExactlyEntriesOf(Map.of("Waitting", 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ABCDEF", "0123456789abcdef012345678", "xyz", "12-4" })
	void rejectsMalformedTaskIds(String taskId) {
		assertRefused(api().body("{}").post(STOP, PROJECT, taskId), 400, "IOTDA.000006");
	}

	@Test
	void rejectsAnInvalidBodyAndChangesNothing() {
		String taskId = createTask("firmwareUpgrade", devices(2));

		assertRefused(api().body("{\"targets\":[\"dev-00001\"").post(STOP, PROJECT, taskId), 400, "IOTDA.000008");
		assertRefused(api().body("{\"targets\":\"dev-00001\"}").post(STOP, PROJECT, taskId), 400, "IOTDA.000006");
		assertRefused(api().body("{\"targets\":[\"dev-00001\",null]}").post(STOP, PROJECT, taskId), 400,
				"IOTDA.000006");
		assertRefused(api().contentType("text/plain").body("x").post(STOP, PROJECT, taskId), 400, "IOTDA.000008");

		assertThat(countRows(taskId)).containsExactlyEntriesOf(Map.of("Waitting", 2));
	}

	@Test
	void changesNothingWhenTheStopFailsPartWay() {
		String taskId = createTask("firmwareUpgrade", devices(3));
		// The subtask UPDATE runs first; the task row's counter UPDATE then fails inside
		// the same transaction.
		this.jdbc.execute("""
				CREATE OR REPLACE FUNCTION fail_task_update() RETURNS trigger AS $$
				BEGIN RAISE EXCEPTION 'injected failure'; END; $$ LANGUAGE plpgsql""");
		this.jdbc.execute("CREATE TRIGGER fail_task_update BEFORE UPDATE ON batch_task FOR EACH ROW "
				+ "WHEN (OLD.id = '" + taskId + "') EXECUTE FUNCTION fail_task_update()");
		try {
			assertRefused(api().body("{}").post(STOP, PROJECT, taskId), 500, "IOTDA.000001").body("error_msg",
					equalTo("Internal server error."));
			api().body("{\"targets\":[\"dev-00001\"]}").post(STOP, PROJECT, taskId).then().statusCode(500);
		}
		finally {
			this.jdbc.execute("DROP TRIGGER fail_task_update ON batch_task");
		}
		assertThat(countRows(taskId)).containsExactlyEntriesOf(Map.of("Waitting", 3));
		assertThat(taskStatus(taskId)).isEqualTo("Processing");
		assertCountersMatchRows(taskId);
	}

	@Test
	void stopsEveryActiveSubtaskOfALargeTaskAndKeepsCountersExact() {
		List<String> targets = new ArrayList<>(devices(20_000));
		String taskId = createTask("firmwareUpgrade", targets);
		this.jdbc.update("UPDATE batch_subtask SET status = 'Success' WHERE task_id = ? AND target < 'dev-05001'",
				taskId);
		syncCounters(taskId);

		assertAnswered(STOP, taskId, "{}");

		assertThat(countRows(taskId)).containsExactlyInAnyOrderEntriesOf(Map.of("Success", 5000, "Stopped", 15000));
		assertCountersMatchRows(taskId);
	}

}
