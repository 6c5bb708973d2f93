package io.iotda.emulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.ManualSimulationClock;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the simulator's API tests: the manual clock, set far ahead of the wall clock
 * (so that an application context of other tests, running in realtime on the same
 * database, never finds these tasks due), and fixed durations: start 5 s after a task
 * starts, upgrades take 30 s, other task types 10 s, a whole-task stop stays Stopping for
 * 2 s.
 */
@ManualSimulationClock
abstract class AbstractManualClockIntegrationTests extends AbstractApiIntegrationTests {

	static final String PROJECT = "sim";

	static final String BASE = "/v5/iot/{project_id}/batchtasks";

	static final String START = "2036-01-01T00:00:00Z";

	@BeforeEach
	void resetEmulator() {
		api().post("/_emulator/reset").then().statusCode(200);
		api().body("{\"mode\":\"manual\",\"now\":\"" + START + "\"}").put("/_emulator/clock").then().statusCode(200);
	}

	String create(String body) {
		return api().body(body).post(BASE, PROJECT).then().statusCode(201).extract().path("task_id");
	}

	String createUpgrade(String... targets) {
		return create("{\"task_name\":\"up\",\"task_type\":\"firmwareUpgrade\",\"targets\":" + json(List.of(targets))
				+ ",\"document\":{\"package_ids\":[\"p1\"]}}");
	}

	void advance(int seconds) {
		api().body("{\"seconds\":" + seconds + "}").post("/_emulator/clock/advance").then().statusCode(200);
	}

	void rule(String body) {
		api().body(body).post("/_emulator/outcome-rules").then().statusCode(201);
	}

	/** The task as a client sees it: show with up to 50 task_details. */
	JsonPath show(String taskId) {
		return api().get(BASE + "/{task_id}?limit=50", PROJECT, taskId).then().statusCode(200).extract().jsonPath();
	}

	String taskStatus(String taskId) {
		return show(taskId).getString("batchtask.status");
	}

	/** Progress counters that are not zero, by wire name. */
	Map<String, Integer> progress(String taskId) {
		Map<String, Integer> all = show(taskId).getMap("batchtask.task_progress");
		return all.entrySet()
			.stream()
			.filter((e) -> e.getValue() != 0)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Each target's subtask status, as task_details shows it. */
	Map<String, String> details(String taskId) {
		List<Map<String, Object>> details = show(taskId).getList("task_details");
		Map<String, String> byTarget = new HashMap<>();
		details.forEach((d) -> byTarget.put((String) d.get("target"), (String) d.get("status")));
		return byTarget;
	}

	Map<String, Object> detail(String taskId, String target) {
		List<Map<String, Object>> details = api().get(BASE + "/{task_id}?target=" + target, PROJECT, taskId)
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getList("task_details");
		assertThat(details).hasSize(1);
		return details.get(0);
	}

	void assertCountersMatchRows(String taskId) {
		Map<String, Integer> rows = new HashMap<>();
		this.jdbc.query("SELECT status, COUNT(*) AS n FROM batch_subtask WHERE task_id = ? GROUP BY status", (rs) -> {
			rows.put(rs.getString("status"), rs.getInt("n"));
		}, taskId);
		Map<String, Object> counters = this.jdbc.queryForMap("SELECT processing, success, fail, waitting, "
				+ "fail_wait_retry, stopped, removed, total FROM batch_task WHERE id = ?", taskId);
		assertThat(((Number) counters.get("processing")).intValue()).isEqualTo(rows.getOrDefault("Processing", 0));
		assertThat(((Number) counters.get("success")).intValue()).isEqualTo(rows.getOrDefault("Success", 0));
		assertThat(((Number) counters.get("fail")).intValue()).isEqualTo(rows.getOrDefault("Fail", 0));
		assertThat(((Number) counters.get("waitting")).intValue()).isEqualTo(rows.getOrDefault("Waitting", 0));
		assertThat(((Number) counters.get("fail_wait_retry")).intValue())
			.isEqualTo(rows.getOrDefault("FailWaitRetry", 0));
		assertThat(((Number) counters.get("stopped")).intValue()).isEqualTo(rows.getOrDefault("Stopped", 0));
		assertThat(((Number) counters.get("total")).intValue())
			.isEqualTo(rows.values().stream().mapToInt(Integer::intValue).sum());
	}

	static String json(List<String> values) {
		return values.stream().map((v) -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
	}

}
