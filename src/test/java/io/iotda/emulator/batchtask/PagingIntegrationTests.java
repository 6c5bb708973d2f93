package io.iotda.emulator.batchtask;

import static io.iotda.emulator.support.IotdaEnvelopes.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The paging rules of spec section 4, for show's task_details and for list. */
class PagingIntegrationTests extends AbstractBatchTaskApiIntegrationTests {

	private static final String SHOW = BASE + "/{task_id}";

	/** Subtask ids of a task, newest first, as the database holds them. */
	private List<String> subtaskIdsNewestFirst(String taskId, String status) {
		return this.jdbc.queryForList(
				"SELECT id FROM batch_subtask WHERE task_id = ?"
						+ ((status != null) ? " AND status = '" + status + "'" : "") + " ORDER BY id DESC",
				String.class, taskId);
	}

	@Test
	void showsTenSubtasksNewestFirstByDefaultWithTheCountOfAll() {
		String taskId = createTask("firmwareUpgrade", devices(25));
		List<String> ids = subtaskIdsNewestFirst(taskId, null);

		JsonPath page = api().get(SHOW, PROJECT, taskId).then().statusCode(200).extract().jsonPath();

		List<String> newestFirst = new ArrayList<>(devices(25));
		Collections.reverse(newestFirst);
		assertThat(page.getList("task_details.target")).containsExactlyElementsOf(newestFirst.subList(0, 10));
		assertThat(page.getInt("page.count")).isEqualTo(25);
		assertThat(page.getString("page.marker")).isEqualTo(ids.get(9));
		assertThat(page.getString("batchtask.task_id")).isEqualTo(taskId);
	}

	@Test
	void walksEveryPageWithTheMarkerAndSeesEachSubtaskOnce() {
		String taskId = createTask("firmwareUpgrade", devices(23));
		List<String> seen = new ArrayList<>();
		String marker = null;
		for (int pages = 0; pages < 10; pages++) {
			var request = api().queryParam("limit", 5);
			if (marker != null) {
				request.queryParam("marker", marker);
			}
			JsonPath page = request.get(SHOW, PROJECT, taskId).then().statusCode(200).extract().jsonPath();
			assertThat(page.getInt("page.count")).isEqualTo(23);
			List<String> targets = page.getList("task_details.target");
			if (targets.isEmpty()) {
				assertThat(page.getString("page.marker")).isNull();
				break;
			}
			seen.addAll(targets);
			marker = page.getString("page.marker");
		}
		List<String> expected = new ArrayList<>(devices(23));
		Collections.reverse(expected);
		assertThat(seen).containsExactlyElementsOf(expected);
	}

	@Test
	void skipsOffsetRecordsAfterTheMarker() {
		String taskId = createTask("firmwareUpgrade", devices(20));
		List<String> ids = subtaskIdsNewestFirst(taskId, null);

		JsonPath page = show(taskId, "marker", ids.get(4), "offset", 3, "limit", 4).statusCode(200)
			.extract()
			.jsonPath();

		// below the 5th newest: the 6th, 7th, 8th are skipped; the 9th to 12th newest are
		// shown
		assertThat(page.getList("task_details.target")).containsExactly("dev-00012", "dev-00011", "dev-00010",
				"dev-00009");
		assertThat(page.getString("page.marker")).isEqualTo(ids.get(11));
		assertThat(page.getInt("page.count")).isEqualTo(20);
	}

	@Test
	void filtersTaskDetailsByStatusAndByTarget() {
		String taskId = createTask("firmwareUpgrade", devices(12));
		setSubtasks(taskId, Map.of("dev-00002", "Fail", "dev-00005", "Fail", "dev-00009", "Fail"));
		this.jdbc.update("UPDATE batch_subtask SET error_code = 'IOTDA.123456', error_msg = 'device offline', "
				+ "output = 'upgrade failed' WHERE task_id = ? AND target = 'dev-00005'", taskId);

		show(taskId, "task_detail_status", "Fail", "limit", 2).statusCode(200)
			.body("page.count", equalTo(3))
			.body("task_details.target", equalTo(List.of("dev-00009", "dev-00005")))
			.body("task_details[0]", not(hasKey("error")))
			.body("task_details[1].error.error_code", equalTo("IOTDA.123456"))
			.body("task_details[1].error.error_msg", equalTo("device offline"))
			.body("task_details[1].output", equalTo("upgrade failed"))
			.body("task_details[1].status", equalTo("Fail"));
		show(taskId, "target", "dev-00005").body("page.count", equalTo(1))
			.body("task_details.target", equalTo(List.of("dev-00005")));
		show(taskId, "target", "dev-00005", "task_detail_status", "Waitting").body("page.count", equalTo(0))
			.body("task_details", hasSize(0))
			.body("page", not(hasKey("marker")));
		show(taskId, "task_detail_status", "Success").statusCode(200).body("page.count", equalTo(0));
	}

	@ParameterizedTest
	@CsvSource({ "limit,0,IOTDA.000017", "limit,51,IOTDA.000017", "limit,abc,IOTDA.000017", "offset,-1,IOTDA.000018",
			"offset,501,IOTDA.000018", "marker,abc,IOTDA.000006", "marker,FFFFFFFFFFFFFFFFFFFFFFFF,IOTDA.000006",
			"task_detail_status,Done,IOTDA.000006" })
	void rejectsOutOfRangePagingOnShow(String name, String value, String code) {
		String taskId = createTask("firmwareUpgrade", devices(1));
		assertRefused(api().queryParam(name, value).get(SHOW, PROJECT, taskId), 400, code);
	}

	@Test
	void acceptsTheEdgesOfThePagingRanges() {
		String taskId = createTask("firmwareUpgrade", devices(60));
		show(taskId, "limit", 50).statusCode(200).body("task_details", hasSize(50));
		show(taskId, "limit", 1).statusCode(200).body("task_details", hasSize(1));
		show(taskId, "offset", 500).statusCode(200).body("task_details", hasSize(0)).body("page.count", equalTo(60));
	}

	@Test
	void listsTasksOfOneTypeNewestFirstAndPagesWithMarkerAndOffset() {
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			created.add(createTask("firmwareUpgrade", devices(1)));
		}
		createTask("softwareUpgrade", devices(1));
		Collections.reverse(created);

		JsonPath first = list("task_type", "firmwareUpgrade", "limit", 3).statusCode(200).extract().jsonPath();
		assertThat(first.getList("batchtasks.task_id")).containsExactlyElementsOf(created.subList(0, 3));
		assertThat(first.getInt("page.count")).isEqualTo(7);
		assertThat(first.getString("page.marker")).isEqualTo(created.get(2));

		JsonPath second = list("task_type", "firmwareUpgrade", "limit", 3, "offset", 1, "marker",
				first.getString("page.marker"))
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(second.getList("batchtasks.task_id")).containsExactlyElementsOf(created.subList(4, 7));
		assertThat(second.getInt("page.count")).isEqualTo(7);
		assertThat(second.getString("page.marker")).isEqualTo(created.get(6));
	}

	@Test
	void listsByAppIdAndStatusWithinTheCallersProjectAndInstance() {
		assertCreated(
				"{\"app_id\":\"app1\",\"task_name\":\"a\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"]}");
		String stopped = createTask("firmwareUpgrade", devices(1));
		setTaskStatus(stopped, "Stopped");
		createTask(PROJECT, "inst-1", "firmwareUpgrade", devices(1));
		createTask("p2", null, "firmwareUpgrade", devices(1));

		list("task_type", "firmwareUpgrade").body("page.count", equalTo(2));
		list("task_type", "firmwareUpgrade", "app_id", "app1").body("page.count", equalTo(1))
			.body("batchtasks[0].task_name", equalTo("a"));
		list("task_type", "firmwareUpgrade", "status", "Stopped").body("page.count", equalTo(1))
			.body("batchtasks[0].task_id", equalTo(stopped));
		api().header("Instance-Id", "inst-1")
			.queryParam("task_type", "firmwareUpgrade")
			.get(BASE, PROJECT)
			.then()
			.body("page.count", equalTo(1));
		list("task_type", "createCommands").statusCode(200)
			.body("page.count", equalTo(0))
			.body("batchtasks", hasSize(0));
	}

	@ParameterizedTest
	@CsvSource({ "limit,0,IOTDA.000017", "limit,51,IOTDA.000017", "offset,-1,IOTDA.000018", "offset,501,IOTDA.000018",
			"marker,xyz,IOTDA.000006", "status,Done,IOTDA.000006", "task_type,reboot,IOTDA.000006",
			"app_id,a.b,IOTDA.000006" })
	void rejectsOutOfRangeParametersOnList(String name, String value, String code) {
		var request = api().queryParam(name, value);
		if (!name.equals("task_type")) {
			request.queryParam("task_type", "firmwareUpgrade");
		}
		assertRefused(request.get(BASE, PROJECT), 400, code);
	}

	@Test
	void requiresTaskTypeOnList() {
		assertRefused(api().get(BASE, PROJECT), 400, "IOTDA.000006");
	}

	/** Shows the task with the query parameters given as names and values. */
	private ValidatableResponse show(String taskId, String name, Object value, Object... moreNamesAndValues) {
		return api().queryParams(name, value, moreNamesAndValues).get(SHOW, PROJECT, taskId).then();
	}

	/** Lists the project's tasks with the query parameters given as names and values. */
	private ValidatableResponse list(String name, Object value, Object... moreNamesAndValues) {
		return api().queryParams(name, value, moreNamesAndValues).get(BASE, PROJECT).then();
	}

}
