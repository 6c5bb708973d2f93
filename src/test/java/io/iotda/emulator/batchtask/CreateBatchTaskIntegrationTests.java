package io.iotda.emulator.batchtask;

import static io.iotda.emulator.support.IotdaEnvelopes.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.iotda.emulator.web.IotdaTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreateBatchTaskIntegrationTests extends AbstractBatchTaskApiIntegrationTests {

	@Test
	void createsAnUpgradeTaskWithOneWaittingSubtaskPerTarget() {
		assertCreated("""
				{"app_id":"app_1","task_name":"升级_任务_1","task_type":"firmwareUpgrade","task_mode":"GATEWAY",
				 "targets":["d1","d2","d3"],"document":{"package_ids":["p1"]},
				 "task_ext_info":{"note":"x"},"task_policy":{"retry_count":2,"retry_interval":10}}""")
			.contentType("application/json")
			.body("task_id", matchesPattern("[0-9a-f]{24}"))
			.body("task_name", equalTo("升级_任务_1"))
			.body("task_type", equalTo("firmwareUpgrade"))
			.body("task_mode", equalTo("GATEWAY"))
			.body("need_confirm", equalTo(false))
			.body("targets", equalTo(List.of("d1", "d2", "d3")))
			.body("document.package_ids", equalTo(List.of("p1")))
			.body("task_ext_info.note", equalTo("x"))
			.body("task_policy.retry_count", equalTo(2))
			.body("task_policy.retry_interval", equalTo(10))
			.body("task_policy", not(hasKey("schedule_time")))
			.body("status", equalTo("Processing"))
			.body("task_progress.total", equalTo(3))
			.body("task_progress.waitting", equalTo(3))
			.body("task_progress.success", equalTo(0))
			.body("create_time", matchesPattern("\\d{8}T\\d{6}Z"))
			.body("$", not(hasKey("targets_filter")))
			.body("$", not(hasKey("status_desc")));
	}

	@Test
	void keepsANeedConfirmTaskWaitting() {
		assertCreated("""
				{"task_name":"confirm_me","task_type":"softwareUpgrade","need_confirm":true,"targets":["d1"]}""")
			.body("status", equalTo("Waitting"))
			.body("need_confirm", equalTo(true));
	}

	@Test
	void keepsAScheduledTaskWaittingAndEchoesItsSchedule() {
		String at = IotdaTime.format(Instant.now().plus(Duration.ofDays(6)));
		assertCreated(
				"""
						{"task_name":"later","task_type":"firmwareUpgrade","targets":["d1"],"task_policy":{"schedule_time":"%s"}}"""
					.formatted(at))
			.body("status", equalTo("Waitting"))
			.body("task_policy.schedule_time", equalTo(at));
	}

	@Test
	void createsThirtyThousandTargetsAndStoresEachOnce() {
		List<String> targets = devices(30_000);
		String taskId = assertCreated(
				"{\"task_name\":\"big\",\"task_type\":\"firmwareUpgrade\",\"targets\":" + json(targets) + "}")
			.body("task_progress.total", equalTo(30_000))
			.extract()
			.path("task_id");

		assertThat(countRows(taskId)).containsExactlyEntriesOf(Map.of("Waitting", 30_000));
		assertCountersMatchRows(taskId);
	}

	@Test
	void rejectsMoreThanThirtyThousandTargetsAndStoresNothing() {
		assertRefused(api()
			.body("{\"task_name\":\"too_big\",\"task_type\":\"firmwareUpgrade\",\"targets\":" + json(devices(30_001))
					+ "}")
			.post(BASE, PROJECT), 400, "IOTDA.000006");

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM batch_task", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM batch_subtask", Integer.class)).isZero();
	}

	@Test
	void storesARepeatedTargetOnce() {
		assertCreated("""
				{"task_name":"dups","task_type":"firmwareUpgrade","targets":["d1","d2","d1"]}""")
			.body("targets", equalTo(List.of("d1", "d2")))
			.body("task_progress.total", equalTo(2));
	}

	@Test
	void expandsDeviceGroupsOfTheCallersProjectAndInstance() {
		putGroup("p1", "g1", "a", "b");
		putGroup("p1", "g2", "b", "c");
		putGroup("p2", "g3", "z");

		String taskId = assertCreated("""
				{"task_name":"groups","task_type":"firmwareUpgrade","targets_filter":{"group_ids":["g1","g2"]}}""")
			.body("targets_filter.group_ids", equalTo(List.of("g1", "g2")))
			.body("$", not(hasKey("targets")))
			.body("task_progress.total", equalTo(3))
			.extract()
			.path("task_id");
		assertThat(countRows(taskId)).containsExactlyEntriesOf(Map.of("Waitting", 3));

		api().body("""
				{"task_name":"groups","task_type":"firmwareUpgrade","targets_filter":{"group_ids":["g3"]}}""")
			.post(BASE, PROJECT)
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000006"))
			.body("error_msg", containsString("g3"));
	}

	@Test
	void leavesOutGroupsWithoutDevicesAndRefusesATaskOfOnlySuch() {
		putGroup("p1", "g1", "a");
		String empty = api().body("{\"name\":\"empty\"}")
			.post("/v5/iot/{project_id}/device-group", "p1")
			.then()
			.statusCode(201)
			.extract()
			.path("group_id");

		assertCreated("""
				{"task_name":"groups","task_type":"firmwareUpgrade","targets_filter":{"group_ids":["%s","g1"]}}"""
			.formatted(empty)).body("targets", nullValue()).body("task_progress.total", equalTo(1));
		assertRefused(api()
			.body("""
					{"task_name":"groups","task_type":"firmwareUpgrade","targets_filter":{"group_ids":["%s"]}}"""
				.formatted(empty))
			.post(BASE, PROJECT), 400, "IOTDA.000006").body("error_msg", containsString("have no devices"));
	}

	@Test
	void refusesToTargetADynamicGroupWhoseRuleTheEmulatorDoesNotEvaluate() {
		String dynamic = api().body("{\"group_type\":\"DYNAMIC\",\"dynamic_group_rule\":\"product_id = 'p'\"}")
			.post("/v5/iot/{project_id}/device-group", "p1")
			.then()
			.statusCode(201)
			.extract()
			.path("group_id");

		assertRefused(api()
			.body("""
					{"task_name":"groups","task_type":"firmwareUpgrade","targets_filter":{"group_ids":["%s"]}}"""
				.formatted(dynamic))
			.post(BASE, PROJECT), 403, "IOTDA.003010");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM batch_task", Integer.class)).isZero();
	}

	private void putGroup(String project, String group, String... devices) {
		api().body(Map.of("devices", List.of(devices)))
			.put("/_emulator/projects/{project_id}/groups/{group_id}", project, group)
			.then()
			.statusCode(200);
	}

	@Test
	void prefersTargetsOverTargetsFilter() {
		assertCreated(
				"""
						{"task_name":"both","task_type":"firmwareUpgrade","targets":["d1"],"targets_filter":{"group_ids":["nope"]}}""")
			.body("task_progress.total", equalTo(1));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// no targets at all, or only a document_source the emulator has no file for
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\"}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[]}",
			"{\"task_name\":\"t\",\"task_type\":\"createDevices\",\"document_source\":\"file1\"}",
			// task_name: missing, too long, wrong characters
			"{\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"]}",
			"{\"task_name\":\"%s\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"]}",
			"{\"task_name\":\"a b\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"]}",
			"{\"task_name\":\"a-b\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"]}",
			// task_type: missing or unknown
			"{\"task_name\":\"t\",\"targets\":[\"d\"]}",
			"{\"task_name\":\"t\",\"task_type\":\"rebootDevices\",\"targets\":[\"d\"]}",
			// app_id: too long or wrong characters
			"{\"app_id\":\"0123456789012345678901234567890123456\",\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"]}",
			"{\"app_id\":\"a.b\",\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"]}",
			// task_mode: not GATEWAY, or not an upgrade
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"task_mode\":\"DIRECT\",\"targets\":[\"d\"]}",
			"{\"task_name\":\"t\",\"task_type\":\"moduleUpgrade\",\"task_mode\":\"GATEWAY\",\"targets\":[\"d\"]}",
			// need_confirm and task_ext_info only on upgrades; task_ext_info at most 512
			// serialized
			"{\"task_name\":\"t\",\"task_type\":\"createCommands\",\"need_confirm\":true,\"targets\":[\"d\"]}",
			"{\"task_name\":\"t\",\"task_type\":\"createCommands\",\"task_ext_info\":{\"a\":1},\"targets\":[\"d\"]}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"task_ext_info\":{\"a\":\"%s\"},\"targets\":[\"d\"]}",
			// targets: bad id, too long id, null element
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d 1\"]}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"%s\"]}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\",null]}",
			// task_policy: retry fields alone or out of range, schedule_time malformed,
			// impossible or too far ahead
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"],\"task_policy\":{\"retry_count\":2}}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"],\"task_policy\":{\"retry_interval\":2}}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"],\"task_policy\":{\"retry_count\":6,\"retry_interval\":2}}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"],\"task_policy\":{\"retry_count\":2,\"retry_interval\":1441}}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"],\"task_policy\":{\"schedule_time\":\"2024-06-27T08:15:30Z\"}}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"],\"task_policy\":{\"schedule_time\":\"20240230T081530Z\"}}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"],\"task_policy\":{\"schedule_time\":\"29990101T000000Z\"}}",
			// document of an upgrade without a package
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"],\"document\":{\"x\":1}}",
			// wrong JSON types
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":\"d\"}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"],\"need_confirm\":\"maybe\"}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"],\"task_policy\":{\"retry_count\":\"x\",\"retry_interval\":1}}" })
	void rejectsABreachOfAnyFieldRuleAndStoresNothing(String template) {
		String body = template.replace("%s", "x".repeat(600));
		assertRefused(api().body(body).post(BASE, PROJECT), 400, "IOTDA.000006").body("error_msg",
				org.hamcrest.Matchers.startsWith("Invalid input data."));

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM batch_task", Integer.class)).isZero();
	}

	@Test
	void acceptsTheLongestValidFields() {
		assertCreated("{\"app_id\":\"" + "a".repeat(36) + "\",\"task_name\":\"" + "n".repeat(128)
				+ "\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"" + "d".repeat(128)
				+ "\"],\"task_policy\":{\"retry_count\":5,\"retry_interval\":1440}}");
	}

	@Test
	void rejectsMalformedJsonAndOtherMediaTypes() {
		assertRefused(api().body("{\"task_name\":").post(BASE, PROJECT), 400, "IOTDA.000008");
		assertRefused(api().contentType("application/xml").body("<a/>").post(BASE, PROJECT), 400, "IOTDA.000008");
		assertRefused(api().body("").post(BASE, PROJECT), 400, "IOTDA.000008");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "0123456789012345678901234567890123456" })
	void rejectsAnInstanceIdOutsideOneToThirtySixCharacters(String instanceId) {
		assertRefused(api().header("Instance-Id", instanceId)
			.body("{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"]}")
			.post(BASE, PROJECT), 400, "IOTDA.000006");
	}

	@Test
	void acceptsAnAuthTokenHeaderWithoutCheckingIt() {
		api().header("X-Auth-Token", "anything")
			.body("{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"]}")
			.post(BASE, PROJECT)
			.then()
			.statusCode(201);
	}

}
