package io.iotda.emulator.batchtask;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Shared steps of the batch-task API tests: create tasks over HTTP, put subtasks into
 * given states through SQL (the simulator's job in production), and check that counters
 * equal the rows.
 */
abstract class AbstractBatchTaskApiIntegrationTests extends AbstractApiIntegrationTests {

	static final String PROJECT = "p1";

	static final String BASE = "/v5/iot/{project_id}/batchtasks";

	static List<String> devices(int count) {
		return IntStream.rangeClosed(1, count).mapToObj((i) -> String.format("dev-%05d", i)).toList();
	}

	static String json(List<String> targets) {
		return targets.stream().map((t) -> "\"" + t + "\"").collect(Collectors.joining(",", "[", "]"));
	}

	/**
	 * Creates a task of {@link #PROJECT} from the body and checks that it was created.
	 */
	ValidatableResponse assertCreated(String body) {
		return api().body(body).post(BASE, PROJECT).then().statusCode(201);
	}

	/**
	 * Posts the body to an operation of the task (stop, retry, confirm) and checks it
	 * answered 200.
	 */
	ValidatableResponse assertAnswered(String operation, String taskId, String body) {
		return api().body(body).post(operation, PROJECT, taskId).then().statusCode(200);
	}

	String createTask(String type, List<String> targets) {
		return createTask(PROJECT, null, type, targets);
	}

	String createTask(String project, String instance, String type, List<String> targets) {
		RequestSpecification request = api().body("{\"task_name\":\"task_" + type + "\",\"task_type\":\"" + type
				+ "\",\"targets\":" + json(targets) + "}");
		if (instance != null) {
			request.header("Instance-Id", instance);
		}
		return request.post(BASE, project).then().statusCode(201).extract().path("task_id");
	}

	/**
	 * Puts subtasks into the given statuses and sets the task's counters and status as
	 * the simulator would.
	 */
	void setSubtasks(String taskId, Map<String, String> statusByTarget) {
		statusByTarget.forEach((target, status) -> this.jdbc
			.update("UPDATE batch_subtask SET status = ? WHERE task_id = ? AND target = ?", status, taskId, target));
		syncCounters(taskId);
	}

	void syncCounters(String taskId) {
		Map<String, Integer> counts = countRows(taskId);
		this.jdbc.update(
				"UPDATE batch_task SET processing = ?, success = ?, fail = ?, waitting = ?, "
						+ "fail_wait_retry = ?, stopped = ?, removed = ? WHERE id = ?",
				counts.getOrDefault("Processing", 0), counts.getOrDefault("Success", 0), counts.getOrDefault("Fail", 0),
				counts.getOrDefault("Waitting", 0), counts.getOrDefault("FailWaitRetry", 0),
				counts.getOrDefault("Stopped", 0), counts.getOrDefault("Removed", 0), taskId);
	}

	void setTaskStatus(String taskId, String status) {
		this.jdbc.update("UPDATE batch_task SET status = ? WHERE id = ?", status, taskId);
	}

	Map<String, Integer> countRows(String taskId) {
		Map<String, Integer> counts = new HashMap<>();
		this.jdbc.query("SELECT status, count(*) AS n FROM batch_subtask WHERE task_id = ? GROUP BY status", (rs) -> {
			counts.put(rs.getString("status"), rs.getInt("n"));
		}, taskId);
		return counts;
	}

	String subtaskStatus(String taskId, String target) {
		return this.jdbc.queryForObject("SELECT status FROM batch_subtask WHERE task_id = ? AND target = ?",
				String.class, taskId, target);
	}

	String taskStatus(String taskId) {
		return this.jdbc.queryForObject("SELECT status FROM batch_task WHERE id = ?", String.class, taskId);
	}

	/**
	 * The task's counters, as stored, equal the subtask rows counted by status, and add
	 * up to total.
	 */
	void assertCountersMatchRows(String taskId) {
		Map<String, Object> task = this.jdbc.queryForMap("SELECT * FROM batch_task WHERE id = ?", taskId);
		Map<String, Integer> rows = countRows(taskId);
		Map<String, Integer> stored = Map.of("Processing", (Integer) task.get("processing"), "Success",
				(Integer) task.get("success"), "Fail", (Integer) task.get("fail"), "Waitting",
				(Integer) task.get("waitting"), "FailWaitRetry", (Integer) task.get("fail_wait_retry"), "Stopped",
				(Integer) task.get("stopped"), "Removed", (Integer) task.get("removed"));
		stored
			.forEach((status, count) -> assertThat(rows.getOrDefault(status, 0)).as("%s subtasks of %s", status, taskId)
				.isEqualTo(count));
		assertThat(rows.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo((Integer) task.get("total"));
	}

}
