package io.iotda.emulator.batchtask;

import static io.iotda.emulator.support.IotdaEnvelopes.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Retry, confirm and delete: the same depth as stop (every refusal, every per-target
 * outcome).
 */
class RetryConfirmDeleteIntegrationTests extends AbstractBatchTaskApiIntegrationTests {

	private static final String RETRY = BASE + "/{task_id}/retry";

	private static final String CONFIRM = BASE + "/{task_id}/confirm";

	private static final String TASK = BASE + "/{task_id}";

	@ParameterizedTest
	@ValueSource(strings = { "", "{}", "{\"targets\":[]}" })
	void retriesEveryFailedFailWaitRetryAndStoppedSubtaskWhenNoTargetsAreNamed(String body) {
		String taskId = createTask("firmwareUpgrade", devices(5));
		setSubtasks(taskId, Map.of("dev-00001", "Fail", "dev-00002", "FailWaitRetry", "dev-00003", "Stopped",
				"dev-00004", "Success", "dev-00005", "Fail"));
		this.jdbc.update("UPDATE batch_subtask SET error_code = 'IOTDA.999999', error_msg = 'boom' WHERE task_id = ?",
				taskId);
		setTaskStatus(taskId, "PartialSuccess");

		assertAnswered(RETRY, taskId, body).body("targets", emptyIterable());

		assertThat(countRows(taskId)).containsExactlyInAnyOrderEntriesOf(Map.of("Waitting", 4, "Success", 1));
		assertThat(taskStatus(taskId)).isEqualTo("Processing");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM batch_subtask WHERE task_id = ? AND status = 'Waitting' AND error_code IS NOT NULL",
				Integer.class, taskId))
			.isZero();
		assertCountersMatchRows(taskId);
	}

	@Test
	void retriesNamedTargetsWithOneResultEach() {
		String taskId = createTask("softwareUpgrade", devices(4));
		setSubtasks(taskId,
				Map.of("dev-00001", "Fail", "dev-00002", "Success", "dev-00003", "Processing", "dev-00004", "Stopped"));

		assertAnswered(RETRY, taskId, """
				{"targets":["dev-00001","dev-00002","dev-00003","ghost","dev-00004","dev-00001"]}""")
			.body("targets.target", equalTo(List.of("dev-00001", "dev-00002", "dev-00003", "ghost", "dev-00004")))
			.body("targets.status", equalTo(List.of("success", "failure", "failure", "failure", "success")))
			.body("targets.error_code",
					equalTo(java.util.Arrays.asList(null, "IOTDA.014220", "IOTDA.014220", "IOTDA.014219", null)));

		assertThat(countRows(taskId))
			.containsExactlyInAnyOrderEntriesOf(Map.of("Waitting", 2, "Success", 1, "Processing", 1));
		assertCountersMatchRows(taskId);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Success", "Stopped", "Stopping", "Waitting", "Initializing" })
	void refusesARetryWhileTheTaskIs(String status) {
		String taskId = createTask("firmwareUpgrade", devices(2));
		setSubtasks(taskId, Map.of("dev-00001", "Fail"));
		setTaskStatus(taskId, status);

		assertRefused(api().body("{}").post(RETRY, PROJECT, taskId), 403, "IOTDA.014222");
		assertThat(subtaskStatus(taskId, "dev-00001")).isEqualTo("Fail");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Fail", "PartialSuccess", "Processing" })
	void acceptsARetryWhileTheTaskIs(String status) {
		String taskId = createTask("firmwareUpgrade", devices(2));
		setSubtasks(taskId, Map.of("dev-00001", "Fail"));
		setTaskStatus(taskId, status);

		assertAnswered(RETRY, taskId, "{}");
		assertThat(subtaskStatus(taskId, "dev-00001")).isEqualTo("Waitting");
	}

	@ParameterizedTest
	@ValueSource(strings = { "moduleUpgrade", "createCommands" })
	void refusesARetryOfOtherTaskTypes(String type) {
		String taskId = createTask(type, devices(1));
		assertRefused(api().body("{}").post(RETRY, PROJECT, taskId), 400, "IOTDA.000006").body("error_msg",
				containsString(type));
	}

	@Test
	void rejectsMoreThanOneHundredTargetsOnRetryAndConfirm() {
		String taskId = createTask("firmwareUpgrade", devices(1));
		for (String path : List.of(RETRY, CONFIRM)) {
			assertRefused(api().body("{\"targets\":" + json(devices(101)) + "}").post(path, PROJECT, taskId), 400,
					"IOTDA.000006");
		}
	}

	private String createConfirmTask(String type, int targets) {
		return assertCreated("{\"task_name\":\"c\",\"task_type\":\"" + type + "\",\"need_confirm\":true,\"targets\":"
				+ json(devices(targets)) + "}")
			.body("status", equalTo("Waitting"))
			.extract()
			.path("task_id");
	}

	@ParameterizedTest
	@ValueSource(strings = { "firmwareUpgrade", "softwareUpgrade", "moduleUpgrade" })
	void confirmStartsEveryWaittingSubtaskWhenNoTargetsAreNamed(String type) {
		String taskId = createConfirmTask(type, 3);

		assertAnswered(CONFIRM, taskId, "{}").body("targets", emptyIterable());

		assertThat(countRows(taskId)).containsExactlyEntriesOf(Map.of("Processing", 3));
		assertThat(taskStatus(taskId)).isEqualTo("Processing");
		assertCountersMatchRows(taskId);
	}

	@Test
	void confirmsNamedTargetsWithOneResultEach() {
		String taskId = createConfirmTask("firmwareUpgrade", 3);
		setSubtasks(taskId, Map.of("dev-00003", "Stopped"));

		assertAnswered(CONFIRM, taskId, "{\"targets\":[\"dev-00001\",\"dev-00003\",\"ghost\"]}")
			.body("targets.status", equalTo(List.of("success", "failure", "failure")))
			.body("targets[1].error_code", equalTo("IOTDA.014220"))
			.body("targets[2].error_code", equalTo("IOTDA.014219"));

		assertThat(countRows(taskId))
			.containsExactlyInAnyOrderEntriesOf(Map.of("Processing", 1, "Waitting", 1, "Stopped", 1));
		assertThat(taskStatus(taskId)).isEqualTo("Processing");
		assertCountersMatchRows(taskId);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Success", "Fail", "PartialSuccess", "Stopped", "Stopping" })
	void refusesAConfirmWhileTheTaskIs(String status) {
		String taskId = createConfirmTask("firmwareUpgrade", 1);
		setTaskStatus(taskId, status);

		assertRefused(api().body("{}").post(CONFIRM, PROJECT, taskId), 403, "IOTDA.014222");
		assertThat(subtaskStatus(taskId, "dev-00001")).isEqualTo("Waitting");
	}

	@Test
	void refusesAConfirmOfATaskWithoutNeedConfirmOrOfAnotherType() {
		String plain = createTask("firmwareUpgrade", devices(1));
		assertRefused(api().body("{}").post(CONFIRM, PROJECT, plain), 400, "IOTDA.000006");
		String commands = createTask("createCommands", devices(1));
		assertRefused(api().body("{}").post(CONFIRM, PROJECT, commands), 400, "IOTDA.000006");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Success", "Fail", "PartialSuccess", "Stopped" })
	void deletesAFinishedTaskAndItsSubtasks(String status) {
		String taskId = createTask("firmwareUpgrade", devices(3));
		String other = createTask("firmwareUpgrade", devices(2));
		setTaskStatus(taskId, status);

		api().delete(TASK, PROJECT, taskId).then().statusCode(204).body(emptyString());

		assertRefused(api().get(TASK, PROJECT, taskId), 404, "IOTDA.014221");
		assertThat(countRows(taskId)).isEmpty();
		assertThat(countRows(other)).containsExactlyEntriesOf(Map.of("Waitting", 2));
		api().delete(TASK, PROJECT, taskId).then().statusCode(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Processing", "Waitting", "Stopping", "Initializing" })
	void refusesToDeleteATaskThatIsNotFinished(String status) {
		String taskId = createTask("firmwareUpgrade", devices(2));
		setTaskStatus(taskId, status);

		assertRefused(api().delete(TASK, PROJECT, taskId), 403, "IOTDA.014222");
		assertThat(countRows(taskId)).containsExactlyEntriesOf(Map.of("Waitting", 2));
	}

	@Test
	void deletesNothingOfAnotherProjectOrInstance() {
		String taskId = createTask("firmwareUpgrade", devices(1));
		setTaskStatus(taskId, "Success");

		api().delete(TASK, "p2", taskId).then().statusCode(404);
		api().header("Instance-Id", "other").delete(TASK, PROJECT, taskId).then().statusCode(404);
		assertThat(countRows(taskId)).hasSize(1);
	}

	@Test
	void answersUnknownPathsAndMethodsAsTheGatewayDoes() {
		String taskId = createTask("firmwareUpgrade", devices(1));
		assertRefused(api().post(BASE + "/{task_id}/pause", PROJECT, taskId), 404, "APIGW.0101").body("request_id",
				org.hamcrest.Matchers.matchesPattern("[0-9a-f]{32}"));
		assertRefused(api().put(TASK, PROJECT, taskId), 404, "APIGW.0101");
		assertRefused(api().get("/v5/iot/{project_id}/nothing", PROJECT), 404, "APIGW.0101");
		api().get(BASE + "/{task_id}/stop", PROJECT, taskId).then().statusCode(404);
		api().get(TASK, PROJECT, taskId).then().statusCode(200).body("task_details", hasSize(1));
	}

}
