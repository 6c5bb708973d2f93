package io.iotda.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.PathSpellings;
import io.iotda.emulator.support.PathSpellings.Spelling;
import io.iotda.emulator.support.RawHttp;
import io.iotda.emulator.support.RawHttp.Header;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every other spelling of a path that Spring MVC might route (matrix parameters,
 * percent-encoded characters, dot and empty segments, a trailing slash, upper case) of
 * every batch-task operation and of the control plane, sent over a socket as it is, in
 * {@code verify} mode: each is refused or needs the same credentials as the plain path;
 * none reaches a controller without them, and the request journal records each.
 */
@VerifyMode
class PathSpellingIntegrationTests extends AbstractApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CREATE = FakeIam.CREATE;

	private static final String ONE_TARGET = "{\"targets\":[\"d1\"]}";

	/**
	 * What an answer may be when no controller was reached: refused as ambiguous, refused
	 * for want of credentials, or not routed at all.
	 */
	private static final Set<String> NOT_REACHED_WITHOUT_CREDENTIALS = Set.of("IOTDA.000008", "APIG.0301",
			"APIGW.0101");

	private String taskId;

	@BeforeEach
	void oneTaskOfProjectP1() {
		this.taskId = FakeIam.createTaskOfP1(api(), token("alice", "alice-password", "p1"));
	}

	@Test
	void noSpellingOfAnyOperationReachesAControllerWithoutCredentials() throws IOException {
		String before = state();
		List<String> reached = new ArrayList<>();
		int sent = 0;
		for (Operation operation : operations()) {
			for (Spelling spelling : PathSpellings.of(operation.path())) {
				RawHttp.Response response = send(operation, spelling, List.of());
				sent++;
				if (!NOT_REACHED_WITHOUT_CREDENTIALS.contains(errorCode(response))) {
					reached
						.add(operation.method() + " " + spelling + " -> " + response.status() + " " + response.body());
				}
			}
		}
		assertThat(sent).isGreaterThan(500);
		assertThat(reached).as("spellings answered by something other than a refusal").isEmpty();
		assertThat(state()).as("tasks and subtasks after every spelling").isEqualTo(before);
	}

	@Test
	void noSpellingOpensAProjectToAnotherProjectsToken() throws IOException {
		String before = state();
		List<Header> bobs = List.of(Header.of("X-Auth-Token", token("bob", "bob-password", "p2")));
		List<String> reached = new ArrayList<>();
		for (Operation operation : operations()) {
			for (Spelling spelling : PathSpellings.of(operation.path())) {
				RawHttp.Response response = send(operation, spelling, bobs);
				if (!Set.of("IOTDA.000008", "IOTDA.000004", "APIGW.0101").contains(errorCode(response))) {
					reached
						.add(operation.method() + " " + spelling + " -> " + response.status() + " " + response.body());
				}
			}
		}
		assertThat(reached).as("spellings of p1's paths answered to a token of p2").isEmpty();
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void withCredentialsEverySpellingIsRefusedOrUnknownOrTheOperationItself() throws IOException {
		List<Header> alices = List.of(Header.of("X-Auth-Token", token("alice", "alice-password", "p1")));
		Operation list = new Operation("GET", "/v5/iot/p1/batchtasks", "task_type=firmwareUpgrade", null);
		Map<Integer, List<String>> byStatus = PathSpellings.of(list.path())
			.stream()
			.collect(Collectors.groupingBy((spelling) -> {
				try {
					RawHttp.Response response = send(list, spelling, alices);
					if (response.status() == 400) {
						assertThat(errorCode(response)).as(spelling.toString()).isEqualTo("IOTDA.000008");
					}
					if (response.status() == 403) {
						assertThat(errorCode(response)).as(spelling.toString()).isEqualTo("IOTDA.000004");
					}
					if (response.status() == 404) {
						assertThat(errorCode(response)).as(spelling.toString()).isEqualTo("APIGW.0101");
					}
					return response.status();
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}, Collectors.mapping(Spelling::toString, Collectors.toList())));
		assertThat(byStatus.keySet()).as("%s", byStatus).isSubsetOf(400, 403, 404);
		assertThat(byStatus.get(400)).as("refused as ambiguous")
			.anyMatch((spelling) -> spelling.contains("/v5;x=1/iot/"))
			.anyMatch((spelling) -> spelling.contains("/%765/iot/"))
			.anyMatch((spelling) -> spelling.contains("/v5/iot;/"));
	}

	@Test
	void theJournalRecordsEverySpellingOfTheApiWithItsAnswer() throws IOException {
		controlPlane("DELETE", "/_emulator/requests");
		Operation list = new Operation("GET", "/v5/iot/p1/batchtasks", "task_type=firmwareUpgrade", null);
		Map<String, Spelling> sentIds = new java.util.LinkedHashMap<>();
		for (Spelling spelling : PathSpellings.of(list.path())) {
			RawHttp.Response response = send(list, spelling, List.of());
			assertThat(errorCode(response)).as("%s", spelling).isIn(NOT_REACHED_WITHOUT_CREDENTIALS);
			// A segment before v5 (or v5 in another case) is not the API to the router,
			// nor to the journal; refused or unknown all the same.
			if (response.status() != 404 && !spelling.how().endsWith("before segment 0")) {
				sentIds.put(response.header("X-Request-Id"), spelling);
			}
		}
		JsonNode journal = JSON.readTree(controlPlane("GET", "/_emulator/requests?limit=100000").body());
		Map<String, JsonNode> journaled = new java.util.HashMap<>();
		journal.path("requests").forEach((entry) -> journaled.put(entry.path("request_id").asString(), entry));
		assertThat(sentIds).hasSizeGreaterThan(50);
		sentIds.forEach((requestId, spelling) -> {
			assertThat(journaled).as("journal entry of %s", spelling).containsKey(requestId);
			assertThat(journaled.get(requestId).path("path").asString()).as("%s", spelling).isEqualTo(spelling.path());
			assertThat(journaled.get(requestId).path("status").asInt()).as("%s", spelling).isIn(400, 401);
		});
	}

	@Test
	void noSpellingOfTheControlPlaneOpensItWithoutItsToken() throws IOException {
		controlPlane("PUT", "/_emulator/projects/p1/groups/fleet", "{\"devices\":[\"g-1\"]}");
		String before = state() + controlPlane("GET", "/_emulator/projects/p1/groups/fleet").body();
		List<Header> apiToken = List.of(Header.of("X-Auth-Token", token("alice", "alice-password", "p1")));
		List<Operation> operations = List.of(new Operation("POST", "/_emulator/reset", null, null),
				new Operation("DELETE", "/_emulator/projects/p1", null, null),
				new Operation("DELETE", "/_emulator/projects/p1/groups/fleet", null, null),
				new Operation("GET", "/_emulator/requests", null, null),
				new Operation("POST", "/_emulator/clock/advance", null, "{\"seconds\":3600}"));
		List<String> reached = new ArrayList<>();
		for (Operation operation : operations) {
			for (Spelling spelling : PathSpellings.of(operation.path())) {
				for (List<Header> headers : List.of(List.<Header>of(), apiToken)) {
					RawHttp.Response response = send(operation, spelling, headers);
					if (!NOT_REACHED_WITHOUT_CREDENTIALS.contains(errorCode(response))) {
						reached.add(operation.method() + " " + spelling + " -> " + response.status() + " "
								+ response.body());
					}
				}
			}
		}
		assertThat(reached).as("control-plane spellings answered without its token").isEmpty();
		assertThat(state() + controlPlane("GET", "/_emulator/projects/p1/groups/fleet").body()).isEqualTo(before);
	}

	private List<Operation> operations() {
		String task = "/v5/iot/p1/batchtasks/" + this.taskId;
		return List.of(new Operation("POST", "/v5/iot/p1/batchtasks", null, CREATE),
				new Operation("GET", "/v5/iot/p1/batchtasks", "task_type=firmwareUpgrade", null),
				new Operation("GET", task, null, null), new Operation("DELETE", task, null, null),
				new Operation("POST", task + "/stop", null, ONE_TARGET),
				new Operation("POST", task + "/retry", null, ONE_TARGET),
				new Operation("POST", task + "/confirm", null, ONE_TARGET));
	}

	private RawHttp.Response send(Operation operation, Spelling spelling, List<Header> credentials) throws IOException {
		List<Header> headers = new ArrayList<>(credentials);
		headers.add(Header.of("Content-Type", "application/json"));
		String target = (operation.query() != null) ? spelling.path() + "?" + operation.query() : spelling.path();
		byte[] body = (operation.body() != null) ? operation.body().getBytes(StandardCharsets.UTF_8) : null;
		return RawHttp.send(this.port, operation.method(), target, headers, body, Duration.ofSeconds(10));
	}

	private RawHttp.Response controlPlane(String method, String path) throws IOException {
		return controlPlane(method, path, null);
	}

	private RawHttp.Response controlPlane(String method, String path, String body) throws IOException {
		RawHttp.Response response = RawHttp.send(this.port, method, path,
				List.of(Header.of("X-Emulator-Token", VerifyMode.CONTROL_PLANE_TOKEN),
						Header.of("Content-Type", "application/json")),
				(body != null) ? body.getBytes(StandardCharsets.UTF_8) : null, Duration.ofSeconds(10));
		assertThat(response.status()).as("%s %s: %s", method, path, response.body()).isBetween(200, 299);
		return response;
	}

	/** The error code of an answer; {@code "(none)"} for one that is not an error. */
	private static String errorCode(RawHttp.Response response) {
		if (response.status() < 400) {
			return "(none)";
		}
		try {
			return JSON.readTree(response.bodyBytes()).path("error_code").asString("(none)");
		}
		catch (RuntimeException ex) {
			return "(not JSON)";
		}
	}

	/** Every task and subtask with its status, to show nothing changed. */
	private String state() {
		return this.jdbc
			.queryForList("SELECT t.id, t.status, t.stop_requested, s.target, s.status AS subtask_status "
					+ "FROM batch_task t LEFT JOIN batch_subtask s ON s.task_id = t.id ORDER BY t.id, s.target")
			.toString();
	}

	private String token(String user, String password, String projectId) {
		return FakeIam.token(api(), user, password, projectId);
	}

	private record Operation(String method, String path, String query, String body) {
	}

}
