package io.iotda.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation, tried from every other tenant (another project, another instance, the
 * default instance against a named one and back): always 404 {@code IOTDA.014221} or an
 * empty list, and the victims' tasks and subtasks are exactly as they were.
 */
class TenantIsolationIntegrationTests extends AbstractApiIntegrationTests {

	private static final String CONFIRMABLE = """
			{"task_name":"victim","task_type":"firmwareUpgrade","need_confirm":true,"targets":["d1","d2"]}""";

	record Tenant(String project, String instance) {

		String describe() {
			return this.project + "/" + ((this.instance != null) ? this.instance : "(default)");
		}

	}

	@Test
	void noOperationReachesATaskOfAnotherProjectOrInstance() throws InterruptedException {
		Tenant projectA = new Tenant("pa", null);
		Tenant projectAInstance = new Tenant("pa", "inst-1");
		String waiting = create(projectA, CONFIRMABLE);
		String finished = create(projectA, CONFIRMABLE);
		as(projectA).body("{}").post("/v5/iot/pa/batchtasks/{id}/stop", finished).then().statusCode(200);
		// Stopping lasts iotda.batch-task.stopping-duration on the emulator's (manual)
		// clock
		api().body("{\"seconds\":5}").post("/_emulator/clock/advance").then().statusCode(200);
		awaitStatus(finished, "Stopped");
		String onInstance = create(projectAInstance, CONFIRMABLE);
		Map<String, Tenant> owners = Map.of(waiting, projectA, finished, projectA, onInstance, projectAInstance);
		List<Tenant> attackers = List.of(new Tenant("pb", null), new Tenant("pb", "inst-1"), new Tenant("pa", "inst-2"),
				projectA, projectAInstance, new Tenant("PA", null), new Tenant("pa", "INST-1"));
		List<Map<String, Object>> tasksBefore = tasks();
		List<Map<String, Object>> subtasksBefore = subtasks();

		int tries = 0;
		for (Tenant attacker : attackers) {
			for (Map.Entry<String, Tenant> victim : owners.entrySet()) {
				if (victim.getValue().equals(attacker)) {
					continue;
				}
				tries += attack(attacker, victim.getKey());
			}
			Response listed = as(attacker).get("/v5/iot/{project}/batchtasks?task_type=firmwareUpgrade&limit=50",
					attacker.project());
			listed.then().statusCode(200);
			List<String> seen = listed.path("batchtasks.task_id");
			owners.forEach((taskId, owner) -> {
				if (!owner.equals(attacker)) {
					assertThat(seen).as(attacker.describe() + " lists " + taskId).doesNotContain(taskId);
				}
			});
		}
		assertThat(tries).isEqualTo((5 * 3 + 2 + 1) * 8);
		assertThat(tasks()).isEqualTo(tasksBefore);
		assertThat(subtasks()).isEqualTo(subtasksBefore);
	}

	/**
	 * Every operation on one task from a tenant that does not own it; returns how many
	 * were tried.
	 */
	private int attack(Tenant attacker, String taskId) {
		String base = "/v5/iot/" + attacker.project() + "/batchtasks/" + taskId;
		List<Response> answers = List.of(as(attacker).get(base),
				as(attacker).get(base + "?target=d1&task_detail_status=Waitting"),
				as(attacker).body("{}").post(base + "/stop"),
				as(attacker).body("{\"targets\":[\"d1\"]}").post(base + "/stop"),
				as(attacker).body("{}").post(base + "/retry"), as(attacker).body("{}").post(base + "/confirm"),
				as(attacker).body("{\"targets\":[\"d1\",\"d2\"]}").post(base + "/confirm"), as(attacker).delete(base));
		for (Response answer : answers) {
			answer.then()
				.statusCode(404)
				.body("error_code", equalTo("IOTDA.014221"))
				.body("error_msg", equalTo("The batch task does not exist."));
		}
		return answers.size();
	}

	private String create(Tenant tenant, String body) {
		return as(tenant).body(body)
			.post("/v5/iot/{project}/batchtasks", tenant.project())
			.then()
			.statusCode(201)
			.extract()
			.path("task_id");
	}

	private RequestSpecification as(Tenant tenant) {
		RequestSpecification request = api();
		return (tenant.instance() != null) ? request.header("Instance-Id", tenant.instance()) : request;
	}

	private void awaitStatus(String taskId, String status) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (!status
			.equals(this.jdbc.queryForObject("SELECT status FROM batch_task WHERE id = ?", String.class, taskId))) {
			assertThat(Instant.now()).as("task " + taskId + " reaches " + status).isBefore(deadline);
			Thread.sleep(100);
		}
	}

	private List<Map<String, Object>> tasks() {
		return this.jdbc.queryForList("SELECT id, project_id, instance_id, status, total, processing, success, fail, "
				+ "waitting, fail_wait_retry, stopped, removed FROM batch_task ORDER BY id");
	}

	private List<Map<String, Object>> subtasks() {
		return this.jdbc
			.queryForList("SELECT task_id, target, status, attempts FROM batch_subtask ORDER BY task_id, target");
	}

}
