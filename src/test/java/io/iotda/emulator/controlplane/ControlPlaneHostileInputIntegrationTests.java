package io.iotda.emulator.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.HostileInputs;
import io.iotda.emulator.support.IotdaEnvelopes;
import io.iotda.emulator.support.RawHttp;
import io.iotda.emulator.support.RawHttp.Header;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input for every operation of the control plane, generated from a fixed seed
 * ({@link HostileInputs}) and sent over a raw socket (nothing is repaired on the way) to
 * the application on PostgreSQL: path values, query strings, headers and bodies, valid
 * and invalid (over-long, NUL and control characters, lone surrogates, invalid UTF-8,
 * wrong JSON types, huge numbers, deep nesting).
 * <p>
 * Whatever arrives, the answer is never a 5xx; an error is the IoTDA envelope with a
 * status/code pair of the error catalog and no stack trace, class name or SQL; every
 * answer carries {@code X-Request-Id}. Each case starts from a reset emulator holding one
 * outcome rule, webhook, fault rule and device group, so that valid ids are hit too. A
 * failure names the seed and the case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlPlaneHostileInputIntegrationTests extends AbstractApiIntegrationTests {

	private static final long SEED = 20261202L;

	private static final int CASES_PER_OPERATION = 12;

	/** The first cases of each operation are valid throughout. */
	private static final int WELL_FORMED = 2;

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final String PROJECT = "p1";

	private static final String RULE_ID = "00000000000000000000aa01";

	private static final String WEBHOOK_ID = "00000000000000000000bb01";

	private static final String GROUP = "fleet";

	private static final JsonMapper json = JsonMapper.builder().build();

	/** What must never appear in an error body unless the request itself carried it. */
	private static final List<String> LEAKS = List.of("Exception", "\tat ", "java.", "jakarta.", "org.springframework",
			"org.hibernate", "org.postgresql", "tools.jackson", "com.fasterxml", "io.iotda", "SQL", "ERROR:", "select ",
			"insert into", "emulator_webhook", "sim_outcome_rule", "device_group_member", "batch_task", "Caused by");

	/** Answers per operation, by class (2xx, 4xx), to check the generators reach both. */
	private final Map<Operation, Map<Integer, Integer>> answers = new EnumMap<>(Operation.class);

	private String faultId;

	/**
	 * Every operation of the control plane; {@code {p}}, {@code {g}}, {@code {id}}: path
	 * values.
	 */
	enum Operation {

		RESET_ALL("POST", "/_emulator/reset", false), RESET_PROJECT("POST", "/_emulator/projects/{p}/reset", true),
		DELETE_PROJECT("DELETE", "/_emulator/projects/{p}", true), READ_CLOCK("GET", "/_emulator/clock", false),
		SET_CLOCK("PUT", "/_emulator/clock", true), ADVANCE_CLOCK("POST", "/_emulator/clock/advance", true),
		LIST_RULES("GET", "/_emulator/outcome-rules", false), ADD_RULE("POST", "/_emulator/outcome-rules", true),
		SHOW_RULE("GET", "/_emulator/outcome-rules/{id}", true),
		REPLACE_RULE("PUT", "/_emulator/outcome-rules/{id}", true),
		DELETE_RULE("DELETE", "/_emulator/outcome-rules/{id}", true),
		DELETE_RULES("DELETE", "/_emulator/outcome-rules", true), LOAD_FIXTURE("POST", "/_emulator/fixtures", true),
		LIST_FAULTS("GET", "/_emulator/faults", false), ADD_FAULT("POST", "/_emulator/faults", true),
		DELETE_FAULT("DELETE", "/_emulator/faults/{id}", true), CLEAR_FAULTS("DELETE", "/_emulator/faults", false),
		READ_JOURNAL("GET", "/_emulator/requests", true), CLEAR_JOURNAL("DELETE", "/_emulator/requests", false),
		COUNT_REQUESTS("POST", "/_emulator/requests/count", true),
		SNAPSHOT("GET", "/_emulator/projects/{p}/snapshot", true),
		LIST_GROUPS("GET", "/_emulator/projects/{p}/groups", true),
		SHOW_GROUP("GET", "/_emulator/projects/{p}/groups/{g}", true),
		PUT_GROUP("PUT", "/_emulator/projects/{p}/groups/{g}", true),
		DELETE_GROUP("DELETE", "/_emulator/projects/{p}/groups/{g}", true),
		LIST_WEBHOOKS("GET", "/_emulator/webhooks", false), ADD_WEBHOOK("POST", "/_emulator/webhooks", true),
		DELETE_WEBHOOK("DELETE", "/_emulator/webhooks/{id}", true),
		DELIVERIES("GET", "/_emulator/webhooks/deliveries", true);

		final String method;

		final String path;

		/**
		 * Whether the operation reads input a client can get wrong (and so answers 4xx).
		 */
		final boolean takesInput;

		Operation(String method, String path, boolean takesInput) {
			this.method = method;
			this.path = path;
			this.takesInput = takesInput;
		}

	}

	/** One generated request; {@code body} null for none. */
	record HostileRequest(long seed, int index, Operation operation, String target, List<Header> headers, byte[] body) {

		@Override
		public String toString() {
			String text = (this.body == null) ? "(no body)" : new String(this.body, StandardCharsets.UTF_8);
			String shownTarget = (this.target.length() > 300) ? this.target.substring(0, 300) + "..." : this.target;
			return "seed " + this.seed + " case " + this.operation + "#" + this.index + ": " + this.operation.method
					+ " " + shownTarget + " " + RawHttp.describe(this.headers) + " "
					+ ((text.length() > 300) ? text.substring(0, 300) + "... (" + this.body.length + " bytes)" : text);
		}

	}

	@BeforeEach
	void resetAndSeed() {
		resetThroughTheControlPlane();
		this.jdbc.update("INSERT INTO sim_outcome_rule (id, position, project_id, match_type, pattern, outcome) "
				+ "VALUES (?, 1, NULL, 'exact', 'd1', 'success')", RULE_ID);
		this.jdbc.update("INSERT INTO emulator_webhook (id, url, project_id, created_at) VALUES (?, ?, ?, now())",
				WEBHOOK_ID, "https://receiver.example.com/hook", PROJECT);
		api().body("{\"devices\":[\"d1\"]}")
			.put("/_emulator/projects/{p}/groups/{g}", PROJECT, GROUP)
			.then()
			.statusCode(200);
		this.faultId = api().body("{\"operation\":\"ListBatchTasks\",\"latency_ms\":1}")
			.post("/_emulator/faults")
			.then()
			.statusCode(201)
			.extract()
			.path("id");
	}

	/** Leaves nothing behind for the other tests of this application context. */
	@AfterAll
	void resetEmulator() {
		resetThroughTheControlPlane();
	}

	@ParameterizedTest
	@MethodSource("requests")
	void answersAnyRequestWithinTheContract(HostileRequest request) throws Exception {
		String target = request.target().replace("{fault}", this.faultId);
		RawHttp.Response response = RawHttp.send(this.port, request.operation().method, target, request.headers(),
				request.body(), TIMEOUT);
		String context = request + " -> " + response.status() + " " + response.headers() + " "
				+ ((response.body().length() > 500) ? response.body().substring(0, 500) : response.body());
		assertThat(response.status()).as("status of %s", context).isBetween(200, 499);
		assertThat(response.header("X-Request-Id")).as("X-Request-Id of %s", context).isNotBlank();
		if (response.status() >= 400) {
			IotdaEnvelopes.assertRefusal(response, request.toString(), LEAKS, context);
		}
		else if (response.bodyBytes().length > 0) {
			assertThat(json.readTree(response.bodyBytes()).isObject()).as(context).isTrue();
		}
		synchronized (this.answers) {
			this.answers.computeIfAbsent(request.operation(), (op) -> new LinkedHashMap<>())
				.merge(response.status() / 100, 1, Integer::sum);
		}
	}

	/**
	 * The generators are neither all rubbish (every operation succeeded sometimes) nor
	 * all valid (every operation that reads input refused some).
	 */
	@AfterAll
	void generatorsReachedSuccessesAndRefusals() {
		assertThat(this.answers.keySet()).as("operations run (seed %d)", SEED).containsAll(Set.of(Operation.values()));
		SoftAssertions.assertSoftly((softly) -> this.answers.forEach((operation, counts) -> {
			softly.assertThat(counts.getOrDefault(2, 0))
				.as("2xx answers of %s (seed %d): %s", operation, SEED, counts)
				.isPositive();
			if (operation.takesInput) {
				softly.assertThat(counts.getOrDefault(4, 0))
					.as("4xx answers of %s (seed %d): %s", operation, SEED, counts)
					.isPositive();
			}
		}));
	}

	// ---- generation: the same cases in every JVM (one Random per operation, fixed seed)

	static Stream<HostileRequest> requests() {
		List<HostileRequest> all = new ArrayList<>();
		for (Operation operation : Operation.values()) {
			long seed = SEED + operation.ordinal();
			HostileInputs gen = new HostileInputs(seed);
			for (int i = 0; i < CASES_PER_OPERATION; i++) {
				all.add(request(gen, operation, i));
			}
		}
		return all.stream();
	}

	private static HostileRequest request(HostileInputs gen, Operation operation, int index) {
		if (index < WELL_FORMED) {
			// Valid values only: each operation has requests that succeed.
			Map<String, Function<HostileInputs, String>> fields = fields(operation, true);
			String path = operation.path.replace("{p}", PROJECT)
				.replace("{g}", GROUP)
				.replace("{id}", knownId(operation));
			return new HostileRequest(gen.seed(), index, operation, path,
					List.of(Header.of("Content-Type", "application/json")),
					(fields != null) ? validObject(fields, gen).getBytes(StandardCharsets.UTF_8) : null);
		}
		// Mostly a well-formed envelope, so that the hostile part reaches the operation.
		boolean hostileEnvelope = gen.chance(25);
		String path = operation.path.replace("{p}", hostileEnvelope ? projectSegment(gen) : PROJECT)
			.replace("{g}", hostileEnvelope || gen.chance(30) ? groupSegment(gen) : GROUP)
			.replace("{id}", idSegment(gen, operation));
		String query = query(gen, operation);
		List<Header> headers = headers(gen, hostileEnvelope);
		byte[] body = body(gen, operation);
		return new HostileRequest(gen.seed(), index, operation, query.isEmpty() ? path : path + "?" + query, headers,
				body);
	}

	private static String projectSegment(HostileInputs gen) {
		return gen.chance(30) ? gen.oneOf(List.of(PROJECT, "p2", "a".repeat(64), "a".repeat(65))) : gen.pathSegment();
	}

	private static String groupSegment(HostileInputs gen) {
		return gen.chance(30) ? gen.oneOf(List.of(GROUP, "g2", "g".repeat(64), "g".repeat(65))) : gen.pathSegment();
	}

	private static String knownId(Operation operation) {
		return switch (operation) {
			case SHOW_RULE, REPLACE_RULE, DELETE_RULE -> RULE_ID;
			case DELETE_WEBHOOK -> WEBHOOK_ID;
			default -> "{fault}";
		};
	}

	private static String idSegment(HostileInputs gen, Operation operation) {
		int kind = gen.between(0, 9);
		if (kind < 5) {
			return knownId(operation);
		}
		if (kind < 7) {
			return gen.oneOf(List.of("0123456789abcdef01234567", "ffffffffffffffffffffffff", "abc",
					"ABCDEF0123456789ABCDEF01", "0123456789abcdef012345678"));
		}
		return gen.pathSegment();
	}

	private static String query(HostileInputs gen, Operation operation) {
		Map<String, Function<HostileInputs, String>> parameters = switch (operation) {
			case DELETE_RULES -> Map.of("project_id", (g) -> g.chance(50) ? PROJECT : g.text());
			case READ_JOURNAL ->
				Map.of("limit", HostileInputs::number, "path_contains", (g) -> g.chance(50) ? "/stop" : g.text(),
						"path_pattern", (g) -> g.chance(50) ? "/v5/iot/*/batchtasks/**" : g.text(), "method",
						(g) -> g.chance(50) ? "POST" : g.text(), "status", HostileInputs::number, "since",
						(g) -> g.chance(50) ? "2036-01-01T00:00:00Z" : g.text());
			case DELIVERIES -> Map.of("limit", HostileInputs::number, "task_id",
					(g) -> g.chance(50) ? "0123456789abcdef01234567" : g.text());
			default -> Map.of("x", HostileInputs::text);
		};
		List<String> parts = new ArrayList<>();
		// a fixed order, so that a seed always gives the same requests
		new java.util.TreeMap<>(parameters).forEach((name, values) -> {
			if (gen.chance(60)) {
				String value = values.apply(gen);
				parts.add(name + "=" + RawHttp.encode((value.length() > 3000) ? value.substring(0, 3000) : value));
			}
		});
		if (gen.chance(10)) {
			parts.add(gen.oneOf(List.of("%", "%zz", "a=%C3%28", "limit=%00", "=&=", "&&&", "task_id=%ED%A0%80")));
		}
		return String.join("&", parts);
	}

	private static List<Header> headers(HostileInputs gen, boolean hostile) {
		List<Header> headers = new ArrayList<>();
		if (!hostile || gen.chance(70)) {
			headers.add(Header.of("Content-Type", "application/json"));
		}
		else {
			headers.add(Header.of("Content-Type", gen.oneOf(List.of("text/plain", "application/xml", "", "*/*",
					"application/json; charset=nonsense", "multipart/form-data; boundary=x"))));
		}
		if (hostile && gen.chance(50)) {
			headers.add(gen.chance(50) ? Header.of("Instance-Id", headerText(gen))
					: new Header("Instance-Id", new byte[] { 'i', (byte) gen.between(0, 31), (byte) 0xff }));
		}
		else if (gen.chance(15)) {
			headers
				.add(Header.of("Instance-Id", gen.oneOf(List.of("inst-1", "x".repeat(36), "x".repeat(37), "实例", ""))));
		}
		return headers;
	}

	/** Header text: anything but CR and LF (which would end the header on the wire). */
	private static String headerText(HostileInputs gen) {
		String text = gen.text().replace("\r", "").replace("\n", "");
		return (text.length() > 4000) ? text.substring(0, 4000) : text;
	}

	// ---- bodies

	private static byte[] body(HostileInputs gen, Operation operation) {
		Map<String, Function<HostileInputs, String>> fields = fields(operation, false);
		int kind = gen.between(0, 19);
		String text;
		if (kind < 10 && fields != null) {
			text = object(gen, fields);
		}
		else if (kind < 12) {
			text = gen.jsonValue(3);
		}
		else if (kind < 13) {
			text = gen.deepJson();
		}
		else if (kind < 14) {
			return gen.invalidUtf8();
		}
		else if (kind < 15) {
			text = gen.oneOf(List.of("", "{", "{\"a\":1,}", "nul", "{\"a\" 1}", "[1,2"));
		}
		else if (fields == null || (operation.method.equals("GET") && gen.chance(50))) {
			return null;
		}
		else {
			text = validObject(fields, gen);
		}
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** An object of the operation's fields, each absent, valid or hostile. */
	private static String object(HostileInputs gen, Map<String, Function<HostileInputs, String>> fields) {
		List<String> members = new ArrayList<>();
		new java.util.TreeMap<>(fields).forEach((name, valid) -> {
			int kind = gen.between(0, 9);
			if (kind < 2) {
				return;
			}
			String value = (kind < 6) ? valid.apply(gen)
					: (kind < 9) ? HostileInputs.quote(gen.text()) : gen.jsonValue(2);
			members.add(HostileInputs.quote(name) + ":" + value);
		});
		if (gen.chance(10)) {
			members.add(HostileInputs.quote(gen.text()) + ":" + gen.jsonValue(1));
		}
		return "{" + String.join(",", members) + "}";
	}

	private static String validObject(Map<String, Function<HostileInputs, String>> fields, HostileInputs gen) {
		return "{" + new java.util.TreeMap<>(fields).entrySet()
			.stream()
			.map((e) -> HostileInputs.quote(e.getKey()) + ":" + e.getValue().apply(gen))
			.collect(Collectors.joining(",")) + "}";
	}

	/**
	 * The body fields of an operation, with a generator of valid values; null: no body.
	 * {@code wellFormed}: nested parts and URLs valid too.
	 */
	private static Map<String, Function<HostileInputs, String>> fields(Operation operation, boolean wellFormed) {
		return switch (operation) {
			case SET_CLOCK -> Map.of("mode", (g) -> g.oneOf(List.of("\"manual\"", "\"realtime\"")), "speed",
					(g) -> g.oneOf(List.of("1", "60", "0.5")), "now",
					(g) -> g.oneOf(List.of("\"2036-01-01T00:00:00Z\"", "\"20360101T000000Z\"")));
			case ADVANCE_CLOCK -> Map.of("seconds", (g) -> g.oneOf(List.of("0", "15", "90")), "duration",
					(g) -> g.oneOf(List.of("\"PT90S\"", "\"PT1H\"")));
			case ADD_RULE, REPLACE_RULE -> Map.of("position", (g) -> String.valueOf(g.between(0, 10)), "project_id",
					(g) -> "\"p1\"", "match_type", (g) -> g.oneOf(List.of("\"exact\"", "\"glob\"", "\"regex\"")),
					"pattern", (g) -> g.oneOf(List.of("\"d1\"", "\"dev-*\"", "\"dev-[0-9]+\"")), "outcome",
					(g) -> g.oneOf(List.of("\"success\"", "\"fail\"", "\"stuck\"")), "error_code",
					(g) -> "\"IOTDA.014230\"", "error_msg", (g) -> "\"The package does not fit.\"", "fail_attempts",
					(g) -> String.valueOf(g.between(1, 5)));
			case LOAD_FIXTURE -> Map.of("project_id", (g) -> "\"p1\"", "instance_id", (g) -> "\"inst-1\"", "tasks",
					(g) -> fixtureTasks(g, !wellFormed), "device_groups",
					(g) -> "[{\"group_id\":\"g1\",\"devices\":[\"d1\",\"d2\"]}]");
			case ADD_FAULT -> Map.of("operation", (g) -> g.oneOf(List.of("\"*\"", "\"StopBatchTask\"")), "error_code",
					(g) -> "\"IOTDA.000001\"", "http_status", (g) -> "503", "error_msg", (g) -> "\"Injected.\"",
					"latency_ms", (g) -> "1", "times", (g) -> "2", "probability", (g) -> "0.5", "seed", (g) -> "7");
			case PUT_GROUP -> Map.of("devices", (g) -> g.oneOf(List.of("[\"d1\",\"d2\"]", "[\"d-1\"]")));
			case COUNT_REQUESTS -> Map.ofEntries(Map.entry("method", (g) -> g.oneOf(List.of("\"POST\"", "\"get\""))),
					Map.entry("path_pattern", (g) -> "\"/v5/iot/p1/batchtasks/*/stop\""),
					Map.entry("project_id", (g) -> "\"p1\""), Map.entry("status", (g) -> "200"),
					Map.entry("since", (g) -> "\"2036-01-01T00:00:00Z\""),
					Map.entry("emulated_since", (g) -> "\"2036-01-01T00:00:00+08:00\""),
					Map.entry("query", (g) -> "{\"task_type\":\"firmwareUpgrade\"}"),
					Map.entry("headers", (g) -> "{\"X-Project-Id\":\"p1\"}"),
					Map.entry("body_contains", (g) -> "\"d1\""),
					Map.entry("body_json_paths",
							(g) -> g.oneOf(List.of("[{\"path\":\"$.targets\",\"equal_to\":[\"d1\"]}]",
									"[{\"path\":\"$.targets[?(@ == 'd1')]\"}]"))),
					Map.entry("expected_count", (g) -> "1"), Map.entry("nearest_limit", (g) -> "3"));
			case ADD_WEBHOOK -> Map.of("url", (g) -> (wellFormed || g.chance(60))
					? g.oneOf(List.of("\"https://receiver.example.com/hook\"", "\"http://8.8.8.8:9000/n\""))
					: g.oneOf(List.of("\"http://169.254.169.254/\"", "\"http://localhost:8080/_emulator/reset\"",
							"\"http://[::ffff:10.0.0.1]/\"", "\"gopher://example.com/\"")),
					"project_id", (g) -> "\"p1\"");
			default -> null;
		};
	}

	/** The tasks of a fixture: valid ones, with hostile fields now and then if asked. */
	private static String fixtureTasks(HostileInputs gen, boolean hostile) {
		Map<String, Function<HostileInputs, String>> subtask = Map.of("target",
				(g) -> HostileInputs.quote("d" + g.between(1, 5)), "status",
				(g) -> g.oneOf(List.of("\"Waitting\"", "\"Processing\"", "\"Success\"", "\"Fail\"", "\"Stopped\"")),
				"error_code", (g) -> "\"IOTDA.014230\"", "error_msg", (g) -> "\"no\"", "attempts",
				(g) -> String.valueOf(g.between(0, 3)));
		Map<String, Function<HostileInputs, String>> task = Map.of("task_type",
				(g) -> g.oneOf(List.of("\"firmwareUpgrade\"", "\"createCommands\"")), "task_name",
				(g) -> "\"fixture_1\"", "app_id", (g) -> "\"app_1\"", "task_policy",
				(g) -> "{\"retry_count\":1,\"retry_interval\":1}", "subtasks", (g) -> {
					List<String> subtasks = new ArrayList<>();
					for (int i = g.between(1, 3); i > 0; i--) {
						subtasks.add((!hostile || g.chance(70)) ? validObject(subtask, g) : object(g, subtask));
					}
					return "[" + String.join(",", subtasks) + "]";
				});
		List<String> tasks = new ArrayList<>();
		for (int i = gen.between(1, 2); i > 0; i--) {
			tasks.add((!hostile || gen.chance(60)) ? validObject(task, gen) : object(gen, task));
		}
		return "[" + String.join(",", tasks) + "]";
	}

}
