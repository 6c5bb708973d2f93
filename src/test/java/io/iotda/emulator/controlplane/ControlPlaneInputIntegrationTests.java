package io.iotda.emulator.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.RawHttp;
import io.iotda.emulator.support.RawHttp.Header;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every control-plane field has the limits and character rules of the column it is kept
 * in (and the API's own rules where the API has the same field): a value that breaks them
 * is a 400 {@code IOTDA.000006} naming the field, never a database error (500). Sent over
 * a raw socket, so paths and headers arrive exactly as written (a NUL in a path or header
 * never gets this far: Tomcat refuses it with {@code IOTDA.000008}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlPlaneInputIntegrationTests extends AbstractApiIntegrationTests {

	private static final String RULE_ID = "0123456789abcdef01234567";

	private static final String NUL = "\\u0000";

	private static final JsonMapper json = JsonMapper.builder().build();

	/** One request, and the field its answer must name. */
	record Case(String method, String target, List<Header> headers, String body, String field) {

		@Override
		public String toString() {
			String shown = (this.body != null && this.body.length() > 120)
					? this.body.substring(0, 120) + "... (" + this.body.length() + " characters)" : this.body;
			return this.method + " "
					+ ((this.target.length() > 100) ? this.target.substring(0, 100) + "..." : this.target) + " "
					+ RawHttp.describe(this.headers) + " " + shown + " -> " + this.field;
		}

	}

	@BeforeAll
	@AfterAll
	void resetEmulator() {
		resetThroughTheControlPlane();
	}

	@ParameterizedTest
	@MethodSource("cases")
	void refusesAFieldThatBreaksItsRuleNamingIt(Case request) throws Exception {
		List<Header> headers = new ArrayList<>(request.headers());
		byte[] body = null;
		if (request.body() != null) {
			headers.add(Header.of("Content-Type", "application/json"));
			body = request.body().getBytes(StandardCharsets.UTF_8);
		}
		RawHttp.Response response = RawHttp.send(this.port, request.method(), request.target(), headers, body,
				Duration.ofSeconds(30));
		String context = request + " answered " + response.status() + " " + response.body();
		assertThat(response.status()).as(context).isEqualTo(400);
		JsonNode answer = json.readTree(response.bodyBytes());
		assertThat(answer.path("error_code").asString()).as(context).isEqualTo("IOTDA.000006");
		assertThat(answer.path("error_msg").asString()).as(context)
			.startsWith("Invalid input data. " + request.field());
	}

	static Stream<Case> cases() {
		List<Case> cases = new ArrayList<>();
		// outcome rules: body fields, path id, query
		for (String method : List.of("POST", "PUT")) {
			String target = method.equals("POST") ? "/_emulator/outcome-rules" : "/_emulator/outcome-rules/" + RULE_ID;
			cases.add(body(method, target, rule("\"pattern\":\"" + "a".repeat(257) + "\""), "pattern"));
			cases.add(body(method, target, rule("\"pattern\":\"a" + NUL + "b\""), "pattern"));
			cases.add(body(method, target, rule("\"pattern\":\"d1\",\"project_id\":\"p" + NUL + "\""), "project_id"));
			cases.add(body(method, target, rule("\"pattern\":\"d1\",\"project_id\":\"" + "p".repeat(65) + "\""),
					"project_id"));
			cases.add(body(method, target, rule("\"pattern\":\"d1\",\"error_code\":\"" + "E".repeat(33) + "\""),
					"error_code"));
			cases.add(body(method, target, rule("\"pattern\":\"d1\",\"error_code\":\"E" + NUL + "\""), "error_code"));
			cases.add(body(method, target, rule("\"pattern\":\"d1\",\"error_msg\":\"" + "m".repeat(513) + "\""),
					"error_msg"));
			cases.add(body(method, target, rule("\"pattern\":\"d1\",\"error_msg\":\"m" + NUL + "\""), "error_msg"));
			cases
				.add(body(method, target, rule("\"pattern\":\"d1\",\"match_type\":\"glob" + NUL + "\""), "match_type"));
			cases.add(body(method, target,
					"{\"pattern\":\"d1\",\"outcome\":\"fail_then_succeed\",\"fail_attempts\":2147483647}",
					"fail_attempts"));
		}
		for (String method : List.of("GET", "DELETE")) {
			cases.add(bodiless(method, "/_emulator/outcome-rules/" + RULE_ID + "%E4%B8%AD", "id"));
			cases.add(bodiless(method, "/_emulator/outcome-rules/" + "a".repeat(300), "id"));
		}
		cases.add(body("PUT", "/_emulator/outcome-rules/x~", rule("\"pattern\":\"d1\""), "id"));
		cases.add(bodiless("DELETE", "/_emulator/outcome-rules?project_id=p%00", "project_id"));
		cases.add(bodiless("DELETE", "/_emulator/outcome-rules?project_id=" + "p".repeat(65), "project_id"));
		// webhooks
		cases.add(body("POST", "/_emulator/webhooks", "{\"url\":\"https://example.com/" + "a".repeat(2048) + "\"}",
				"url"));
		cases.add(body("POST", "/_emulator/webhooks", "{\"url\":\"https://example.com/a" + NUL + "\"}", "url"));
		cases.add(body("POST", "/_emulator/webhooks",
				"{\"url\":\"https://example.com/\",\"project_id\":\"p" + NUL + "\"}", "project_id"));
		cases.add(body("POST", "/_emulator/webhooks",
				"{\"url\":\"https://example.com/\",\"project_id\":\"" + "p".repeat(65) + "\"}", "project_id"));
		cases.add(bodiless("DELETE", "/_emulator/webhooks/%E4%B8%AD", "id"));
		cases.add(bodiless("DELETE", "/_emulator/webhooks/" + "f".repeat(25), "id"));
		cases.add(bodiless("GET", "/_emulator/webhooks/deliveries?task_id=%00", "task_id"));
		// fixtures: every field of the fixture, its tasks and their subtasks
		cases.add(body("POST", "/_emulator/fixtures", fixture("p" + NUL, null, "", ""), "project_id"));
		cases.add(body("POST", "/_emulator/fixtures", fixture("p".repeat(65), null, "", ""), "project_id"));
		cases.add(body("POST", "/_emulator/fixtures", fixture("p1", "i" + NUL, "", ""), "instance_id"));
		cases.add(body("POST", "/_emulator/fixtures", fixture("p1", "i".repeat(37), "", ""), "instance_id"));
		cases.add(body("POST", "/_emulator/fixtures", fixture("p1", null, ",\"task_id\":\"a" + NUL + "\"", ""),
				"tasks[0].task_id"));
		cases.add(body("POST", "/_emulator/fixtures",
				fixture("p1", null, ",\"task_id\":\"" + "a".repeat(25) + "\"", ""), "tasks[0].task_id"));
		cases.add(body("POST", "/_emulator/fixtures", fixture("p1", null, ",\"task_name\":\"t" + NUL + "\"", ""),
				"tasks[0].task_name"));
		cases.add(body("POST", "/_emulator/fixtures",
				fixture("p1", null, ",\"task_name\":\"" + "t".repeat(129) + "\"", ""), "tasks[0].task_name"));
		cases.add(body("POST", "/_emulator/fixtures", fixture("p1", null, ",\"app_id\":\"a" + NUL + "\"", ""),
				"tasks[0].app_id"));
		cases.add(body("POST", "/_emulator/fixtures",
				fixture("p1", null, ",\"task_policy\":{\"retry_count\":2147483647,\"retry_interval\":1}", ""),
				"tasks[0].task_policy.retry_count"));
		cases.add(body("POST", "/_emulator/fixtures", fixture("p1", null, "", ",\"target\":\"d" + NUL + "\""),
				"tasks[0].subtasks[0].target"));
		cases.add(body("POST", "/_emulator/fixtures",
				fixture("p1", null, "", ",\"target\":\"" + "d".repeat(129) + "\""), "tasks[0].subtasks[0].target"));
		cases.add(body("POST", "/_emulator/fixtures", fixture("p1", null, "", ",\"status\":\"Success" + NUL + "\""),
				"tasks[0].subtasks[0].status"));
		cases.add(body("POST", "/_emulator/fixtures",
				fixture("p1", null, "", ",\"error_code\":\"" + "E".repeat(33) + "\""),
				"tasks[0].subtasks[0].error_code"));
		cases.add(body("POST", "/_emulator/fixtures", fixture("p1", null, "", ",\"error_code\":\"E" + NUL + "\""),
				"tasks[0].subtasks[0].error_code"));
		cases.add(body("POST", "/_emulator/fixtures", fixture("p1", null, "", ",\"error_msg\":\"m" + NUL + "\""),
				"tasks[0].subtasks[0].error_msg"));
		cases.add(body("POST", "/_emulator/fixtures",
				fixture("p1", null, "", ",\"error_msg\":\"" + "m".repeat(513) + "\""),
				"tasks[0].subtasks[0].error_msg"));
		for (String attempts : List.of("2147483647", "1001", "-1")) {
			cases.add(body("POST", "/_emulator/fixtures", fixture("p1", null, "", ",\"attempts\":" + attempts),
					"tasks[0].subtasks[0].attempts"));
		}
		cases.add(body("POST", "/_emulator/fixtures", fixture("p1", null, ",\"task_type\":\"x" + NUL + "\"", ""),
				"tasks[0].task_type"));
		// faults
		cases.add(body("POST", "/_emulator/faults",
				"{\"operation\":\"*\",\"error_code\":\"IOTDA.000001\",\"error_msg\":\"m" + NUL + "\"}", "error_msg"));
		cases.add(body("POST", "/_emulator/faults",
				"{\"operation\":\"*\",\"error_code\":\"IOTDA.000001\",\"error_msg\":\"" + "m".repeat(513) + "\"}",
				"error_msg"));
		cases.add(body("POST", "/_emulator/faults", "{\"operation\":\"*\",\"error_code\":\"" + "E".repeat(33) + "\"}",
				"error_code"));
		cases.add(body("POST", "/_emulator/faults", "{\"operation\":\"*" + NUL + "\",\"latency_ms\":1}", "operation"));
		cases.add(body("POST", "/_emulator/faults",
				"{\"operation\":\"*\",\"error_code\":\"IOTDA.000001\",\"http_status\":600}", "http_status"));
		cases.add(bodiless("DELETE", "/_emulator/faults/" + "0".repeat(3000), "id"));
		// device groups: path, header and body
		for (String method : List.of("GET", "DELETE")) {
			cases.add(bodiless(method, "/_emulator/projects/p%E4%B8%AD/groups/g1", "project_id"));
			cases.add(bodiless(method, "/_emulator/projects/" + "p".repeat(65) + "/groups/g1", "project_id"));
			cases.add(bodiless(method, "/_emulator/projects/p1/groups/g%F0%9F%98%80", "group_id"));
			cases.add(bodiless(method, "/_emulator/projects/p1/groups/" + "g".repeat(65), "group_id"));
			cases.add(new Case(method, "/_emulator/projects/p1/groups/g1",
					List.of(Header.of("Instance-Id", "i".repeat(37))), null, "Instance-Id"));
		}
		cases.add(bodiless("GET", "/_emulator/projects/p.q/groups", "project_id"));
		cases.add(new Case("GET", "/_emulator/projects/p1/groups", List.of(Header.of("Instance-Id", "")), null,
				"Instance-Id"));
		cases.add(body("PUT", "/_emulator/projects/p%20q/groups/g1", "{\"devices\":[\"d1\"]}", "project_id"));
		cases.add(body("PUT", "/_emulator/projects/p1/groups/g%E4%B8%AD", "{\"devices\":[\"d1\"]}", "group_id"));
		cases.add(body("PUT", "/_emulator/projects/p1/groups/g1", "{\"devices\":[\"d" + NUL + "\"]}", "devices[0]"));
		cases.add(body("PUT", "/_emulator/projects/p1/groups/g1", "{\"devices\":[\"d1\",null]}", "devices[1]"));
		cases.add(body("PUT", "/_emulator/projects/p1/groups/g1", "{\"devices\":[]}", "devices"));
		// reset of one project
		cases.add(bodiless("POST", "/_emulator/projects/p+q/reset", "project_id"));
		cases.add(bodiless("POST", "/_emulator/projects/" + "p".repeat(65) + "/reset", "project_id"));
		cases.add(bodiless("DELETE", "/_emulator/projects/p~", "project_id"));
		cases.add(bodiless("DELETE", "/_emulator/projects/p%E4%B8%AD", "project_id"));
		return cases.stream();
	}

	private static String rule(String fields) {
		return "{\"outcome\":\"fail\"," + fields + "}";
	}

	/**
	 * A fixture of one firmware task with one subtask ({@code d1}); the fields given are
	 * added (a subtask field list that names its target replaces {@code d1}).
	 */
	private static String fixture(String project, String instance, String taskFields, String subtaskFields) {
		String taskType = taskFields.contains("\"task_type\"") ? "" : "\"task_type\":\"firmwareUpgrade\",";
		String subtask = subtaskFields.contains("\"target\"") ? "{" + subtaskFields.substring(1) + "}"
				: "{\"target\":\"d1\"" + subtaskFields + "}";
		return "{\"project_id\":\"" + project + "\""
				+ ((instance != null) ? ",\"instance_id\":\"" + instance + "\"" : "") + ",\"tasks\":[{" + taskType
				+ "\"subtasks\":[" + subtask + "]" + taskFields + "}]}";
	}

	private static Case body(String method, String target, String body, String field) {
		return new Case(method, target, List.of(), body, field);
	}

	private static Case bodiless(String method, String target, String field) {
		return new Case(method, target, List.of(), null, field);
	}

}
