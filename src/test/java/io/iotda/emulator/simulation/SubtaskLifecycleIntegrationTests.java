package io.iotda.emulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every lifecycle path of spec section 4 and issue item 1, driven with the manual clock
 * and checked at each intermediate step through the HTTP API.
 */
class SubtaskLifecycleIntegrationTests extends AbstractManualClockIntegrationTests {

	@Test
	void upgradesEveryDeviceWaittingThenProcessingThenSuccess() {
		String taskId = createUpgrade("d1", "d2");
		assertThat(taskStatus(taskId)).isEqualTo("Processing");
		assertThat(progress(taskId)).isEqualTo(Map.of("total", 2, "waitting", 2));

		advance(4);
		assertThat(details(taskId)).isEqualTo(Map.of("d1", "Waitting", "d2", "Waitting"));

		advance(1);
		assertThat(details(taskId)).isEqualTo(Map.of("d1", "Processing", "d2", "Processing"));
		assertThat(progress(taskId)).isEqualTo(Map.of("total", 2, "processing", 2));
		assertThat(taskStatus(taskId)).isEqualTo("Processing");

		advance(29);
		assertThat(progress(taskId)).isEqualTo(Map.of("total", 2, "processing", 2));

		advance(1);
		assertThat(details(taskId)).isEqualTo(Map.of("d1", "Success", "d2", "Success"));
		assertThat(progress(taskId)).isEqualTo(Map.of("total", 2, "success", 2));
		assertThat(taskStatus(taskId)).isEqualTo("Success");
		assertCountersMatchRows(taskId);
	}

	@Test
	void failsWithTheScriptedErrorInTaskDetails() {
		rule("""
				{"pattern":"bad-*","match_type":"glob","outcome":"fail","error_code":"IOTDA.014230","error_msg":"The package does not fit."}""");
		String taskId = createUpgrade("bad-1", "bad-2");

		advance(5);
		assertThat(progress(taskId)).isEqualTo(Map.of("total", 2, "processing", 2));
		assertThat(detail(taskId, "bad-1")).doesNotContainKey("error");

		advance(30);
		assertThat(details(taskId)).isEqualTo(Map.of("bad-1", "Fail", "bad-2", "Fail"));
		assertThat(progress(taskId)).isEqualTo(Map.of("total", 2, "fail", 2));
		assertThat(taskStatus(taskId)).isEqualTo("Fail");
		assertThat(detail(taskId, "bad-1").get("error"))
			.isEqualTo(Map.of("error_code", "IOTDA.014230", "error_msg", "The package does not fit."));
		assertCountersMatchRows(taskId);
	}

	@Test
	void endsPartialSuccessWhenSomeDevicesFail() {
		rule("""
				{"pattern":"d2","outcome":"fail","error_code":"IOTDA.014230","error_msg":"no"}""");
		String taskId = createUpgrade("d1", "d2", "d3");

		advance(5);
		assertThat(progress(taskId)).isEqualTo(Map.of("total", 3, "processing", 3));
		advance(30);

		assertThat(details(taskId)).isEqualTo(Map.of("d1", "Success", "d2", "Fail", "d3", "Success"));
		assertThat(progress(taskId)).isEqualTo(Map.of("total", 3, "success", 2, "fail", 1));
		assertThat(taskStatus(taskId)).isEqualTo("PartialSuccess");
		assertCountersMatchRows(taskId);
	}

	@Test
	void retriesAFailureAfterTheRetryIntervalThenSucceeds() {
		rule("""
				{"pattern":"flaky","outcome":"fail_then_succeed","fail_attempts":1,"error_code":"IOTDA.014231","error_msg":"timeout"}""");
		String taskId = create("""
				{"task_name":"retry","task_type":"softwareUpgrade","targets":["flaky"],
				 "document":{"package_ids":["p"]},"task_policy":{"retry_count":2,"retry_interval":1}}""");

		advance(5);
		assertThat(details(taskId)).isEqualTo(Map.of("flaky", "Processing"));
		advance(30);
		assertThat(details(taskId)).isEqualTo(Map.of("flaky", "FailWaitRetry"));
		assertThat(detail(taskId, "flaky").get("error"))
			.isEqualTo(Map.of("error_code", "IOTDA.014231", "error_msg", "timeout"));
		assertThat(taskStatus(taskId)).isEqualTo("Processing");
		assertThat(progress(taskId)).isEqualTo(Map.of("total", 1, "fail_wait_retry", 1));

		advance(59);
		assertThat(details(taskId)).isEqualTo(Map.of("flaky", "FailWaitRetry"));
		advance(1);
		assertThat(details(taskId)).isEqualTo(Map.of("flaky", "Processing"));
		assertThat(detail(taskId, "flaky")).doesNotContainKey("error");

		advance(30);
		assertThat(details(taskId)).isEqualTo(Map.of("flaky", "Success"));
		assertThat(taskStatus(taskId)).isEqualTo("Success");
		assertThat(
				this.jdbc.queryForObject("SELECT attempts FROM batch_subtask WHERE task_id = ?", Integer.class, taskId))
			.isEqualTo(2);
		assertCountersMatchRows(taskId);
	}

	@Test
	void failsForGoodOnceTheRetriesAreUsedUp() {
		rule("""
				{"pattern":"broken","outcome":"fail","error_code":"IOTDA.014230","error_msg":"no"}""");
		String taskId = create("""
				{"task_name":"retry","task_type":"firmwareUpgrade","targets":["broken","fine"],
				 "document":{"package_ids":["p"]},"task_policy":{"retry_count":1,"retry_interval":2}}""");

		advance(35);
		assertThat(details(taskId)).isEqualTo(Map.of("broken", "FailWaitRetry", "fine", "Success"));
		assertThat(taskStatus(taskId)).isEqualTo("Processing");

		advance(120);
		assertThat(details(taskId)).isEqualTo(Map.of("broken", "Processing", "fine", "Success"));
		advance(30);
		assertThat(details(taskId)).isEqualTo(Map.of("broken", "Fail", "fine", "Success"));
		assertThat(progress(taskId)).isEqualTo(Map.of("total", 2, "success", 1, "fail", 1));
		assertThat(taskStatus(taskId)).isEqualTo("PartialSuccess");

		advance(600);
		assertThat(details(taskId)).isEqualTo(Map.of("broken", "Fail", "fine", "Success"));
		assertCountersMatchRows(taskId);
	}

	@Test
	void startsAScheduledTaskAtItsScheduleTime() {
		String taskId = create("""
				{"task_name":"later","task_type":"firmwareUpgrade","targets":["d1"],
				 "document":{"package_ids":["p"]},"task_policy":{"schedule_time":"20360101T001000Z"}}""");
		assertThat(taskStatus(taskId)).isEqualTo("Waitting");

		advance(599);
		assertThat(taskStatus(taskId)).isEqualTo("Waitting");
		assertThat(details(taskId)).isEqualTo(Map.of("d1", "Waitting"));

		advance(1);
		assertThat(taskStatus(taskId)).isEqualTo("Processing");
		assertThat(details(taskId)).isEqualTo(Map.of("d1", "Waitting"));

		advance(5);
		assertThat(details(taskId)).isEqualTo(Map.of("d1", "Processing"));
		advance(30);
		assertThat(details(taskId)).isEqualTo(Map.of("d1", "Success"));
		assertThat(taskStatus(taskId)).isEqualTo("Success");
	}

	@Test
	void waitsForConfirmationThenUpgrades() {
		String taskId = create("""
				{"task_name":"confirm","task_type":"firmwareUpgrade","targets":["d1","d2"],"need_confirm":true,
				 "document":{"package_ids":["p"]}}""");
		assertThat(taskStatus(taskId)).isEqualTo("Waitting");

		advance(3600);
		assertThat(taskStatus(taskId)).isEqualTo("Waitting");
		assertThat(details(taskId)).isEqualTo(Map.of("d1", "Waitting", "d2", "Waitting"));

		api().body("{}").post(BASE + "/{task_id}/confirm", PROJECT, taskId).then().statusCode(200);
		assertThat(taskStatus(taskId)).isEqualTo("Processing");
		assertThat(details(taskId)).isEqualTo(Map.of("d1", "Processing", "d2", "Processing"));

		advance(29);
		assertThat(details(taskId)).isEqualTo(Map.of("d1", "Processing", "d2", "Processing"));
		advance(1);
		assertThat(details(taskId)).isEqualTo(Map.of("d1", "Success", "d2", "Success"));
		assertThat(taskStatus(taskId)).isEqualTo("Success");
		assertCountersMatchRows(taskId);
	}

	@Test
	void stopsMidUpgradeThroughStoppingToStopped() {
		String taskId = createUpgrade("d1", "d2", "d3");
		advance(15);
		assertThat(details(taskId)).isEqualTo(Map.of("d1", "Processing", "d2", "Processing", "d3", "Processing"));

		api().body("{}").post(BASE + "/{task_id}/stop", PROJECT, taskId).then().statusCode(200);
		assertThat(taskStatus(taskId)).isEqualTo("Stopping");
		assertThat(progress(taskId)).isEqualTo(Map.of("total", 3, "stopped", 3));

		advance(1);
		assertThat(taskStatus(taskId)).isEqualTo("Stopping");
		advance(1);
		assertThat(taskStatus(taskId)).isEqualTo("Stopped");

		advance(600);
		assertThat(taskStatus(taskId)).isEqualTo("Stopped");
		assertThat(details(taskId)).isEqualTo(Map.of("d1", "Stopped", "d2", "Stopped", "d3", "Stopped"));
		assertCountersMatchRows(taskId);
	}

	@Test
	void aStopAfterTheDeviceFinishedLosesAndOneBeforeWins() {
		rule("""
				{"pattern":"d3","outcome":"stuck"}""");
		String taskId = createUpgrade("d1", "d2", "d3");
		advance(34);
		api().body("{\"targets\":[\"d2\"]}")
			.post(BASE + "/{task_id}/stop", PROJECT, taskId)
			.then()
			.statusCode(200)
			.body("targets[0].status", equalTo("success"));

		advance(1);
		// d1 finished at 35 s; a stop now comes too late and changes nothing
		api().body("{\"targets\":[\"d1\",\"d2\"]}")
			.post(BASE + "/{task_id}/stop", PROJECT, taskId)
			.then()
			.statusCode(200)
			.body("targets[0].status", equalTo("failure"))
			.body("targets[0].error_code", equalTo("IOTDA.014220"))
			.body("targets[1].status", equalTo("failure"))
			.body("targets[1].error_code", equalTo("IOTDA.014220"));
		assertThat(details(taskId)).isEqualTo(Map.of("d1", "Success", "d2", "Stopped", "d3", "Processing"));
		assertThat(taskStatus(taskId)).isEqualTo("Processing");
		assertCountersMatchRows(taskId);
	}

	@Test
	void completesOtherTaskTypesToo() {
		rule("""
				{"pattern":"c2","outcome":"fail","error_code":"IOTDA.014110","error_msg":"offline"}""");
		String taskId = create("""
				{"task_name":"cmds","task_type":"createCommands","targets":["c1","c2"],
				 "document":{"service_id":"s","command_name":"reboot"}}""");

		advance(5);
		assertThat(details(taskId)).isEqualTo(Map.of("c1", "Processing", "c2", "Processing"));
		advance(10);
		assertThat(details(taskId)).isEqualTo(Map.of("c1", "Success", "c2", "Fail"));
		assertThat(taskStatus(taskId)).isEqualTo("PartialSuccess");
	}

	@Test
	void keepsAStuckDeviceProcessingUntilItIsStopped() {
		rule("""
				{"pattern":"stuck","outcome":"stuck"}""");
		String taskId = createUpgrade("stuck", "ok");

		advance(3600);
		assertThat(details(taskId)).isEqualTo(Map.of("stuck", "Processing", "ok", "Success"));
		assertThat(taskStatus(taskId)).isEqualTo("Processing");

		api().body("{\"targets\":[\"stuck\"]}").post(BASE + "/{task_id}/stop", PROJECT, taskId).then().statusCode(200);
		assertThat(taskStatus(taskId)).isEqualTo("PartialSuccess");
		assertCountersMatchRows(taskId);
	}

}
