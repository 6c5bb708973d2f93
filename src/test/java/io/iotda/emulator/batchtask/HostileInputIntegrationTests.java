package io.iotda.emulator.batchtask;

import static io.iotda.emulator.support.Gen.weight;
import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.Gen;
import io.iotda.emulator.support.HostileInputs;
import io.iotda.emulator.support.IotdaEnvelopes;
import io.iotda.emulator.support.RawHttp;
import io.iotda.emulator.support.RawHttp.Header;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input, generated from a fixed seed ({@link Gen}) and sent over real HTTP (a raw
 * socket, so nothing is repaired on the way) to the application on PostgreSQL: request
 * bodies, headers, path values and query strings for every operation, valid and invalid
 * (wrong types, nulls, huge strings, Chinese, emoji, control characters, lone surrogates,
 * duplicates, deep nesting, numbers out of range, random bytes).
 * <p>
 * Whatever arrives, the answer is never a 5xx; an error is the IoTDA envelope with a
 * status/code pair of the spec's table and no stack trace, class name or SQL; every
 * answer carries {@code X-Request-Id}; and after each property every task's counters
 * still equal its subtask rows. The seed is fixed, so a run is repeatable: each case's
 * name gives the seed and its number, and a failure prints the whole request.
 * <p>
 * Each operation gets {@value #CASES} cases, against one set of fixture tasks made before
 * its first case; across its cases, some requests must succeed and some be refused, so
 * the generators stay neither all rubbish nor all valid.
 */
class HostileInputIntegrationTests extends AbstractBatchTaskApiIntegrationTests {

	static final long SEED = 20261129L;

	static final int CASES = 100;

	private static final String CASE_NAME = "{0}: seed " + SEED + ", case {1}";

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final JsonMapper json = JsonMapper.builder().build();

	/** What must never appear in an error body unless the request itself carried it. */
	private static final List<String> LEAKS = List.of("Exception", "\tat ", "java.", "jakarta.", "org.springframework",
			"org.hibernate", "org.postgresql", "tools.jackson", "com.fasterxml", "io.iotda", "SQL", "ERROR:", "select ",
			"insert into", "batch_task", "batch_subtask", "Hibernate", "Caused by");

	private static final List<String> DEVICES = devices(20);

	/** The fixture tasks of the operation under test, made before its first case. */
	private static final Map<TaskRef, String> fixtures = new EnumMap<>(TaskRef.class);

	private static String fixturesMadeFor;

	/** Answers per operation, by class (2xx, 4xx): the generators' coverage. */
	private static final Map<Operation, Map<String, Integer>> answers = new EnumMap<>(Operation.class);

	/**
	 * The operations of spec section 1, each with its request generator and how many
	 * successes its cases must answer at least (besides some refusals).
	 */
	enum Operation {

		CREATE("POST", "", HostileInputIntegrationTests::createRequests, 5),
		LIST("GET", "", HostileInputIntegrationTests::listRequests, 2),
		SHOW("GET", "/%s", HostileInputIntegrationTests::showRequests, 5),
		DELETE("DELETE", "/%s", HostileInputIntegrationTests::bodilessRequests, 1),
		STOP("POST", "/%s/stop", HostileInputIntegrationTests::targetRequests, 2),
		RETRY("POST", "/%s/retry", HostileInputIntegrationTests::targetRequests, 5),
		CONFIRM("POST", "/%s/confirm", HostileInputIntegrationTests::targetRequests, 2);

		final String method;

		final String suffix;

		final Supplier<Gen<HostileRequest>> requests;

		final int minimumSuccesses;

		Operation(String method, String suffix, Supplier<Gen<HostileRequest>> requests, int minimumSuccesses) {
			this.method = method;
			this.suffix = suffix;
			this.requests = requests;
			this.minimumSuccesses = minimumSuccesses;
		}

	}

	/** Which task a path names: one of the fixtures, an unknown id, or a raw string. */
	enum TaskRef {

		FIRMWARE, SOFTWARE, DEVICES, NEED_CONFIRM, FINISHED, UNKNOWN

	}

	/** A request body: bytes, or none at all. */
	record Body(byte[] bytes) {

		static Body of(String text) {
			return new Body(text.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String toString() {
			if (this.bytes == null) {
				return "(no body)";
			}
			String text = new String(this.bytes, StandardCharsets.UTF_8);
			return (text.length() > 300) ? text.substring(0, 300) + "... (" + this.bytes.length + " bytes)" : text;
		}

	}

	/** One generated request; {@code task} is a fixture or a raw (encoded) path value. */
	record HostileRequest(String project, Object task, String query, List<Header> headers, Body body) {

		@Override
		public String toString() {
			return "project=" + this.project + " task=" + this.task + " query=" + this.query + " headers="
					+ RawHttp.describe(this.headers) + " body=" + this.body;
		}

	}

	/**
	 * Not before every case: the fixtures of an operation serve all its cases (see
	 * {@link #makeFixturesBeforeTheFirstCaseOf}).
	 */
	@Override
	protected void wipeState() {
	}

	/**
	 * Fixture tasks, made anew when the family of cases (an operation, a test) changes.
	 */
	private void makeFixturesBeforeTheFirstCaseOf(String family) {
		if (family.equals(fixturesMadeFor)) {
			return;
		}
		super.wipeState();
		fixtures.clear();
		fixtures.put(TaskRef.FIRMWARE, createTask("firmwareUpgrade", DEVICES));
		fixtures.put(TaskRef.SOFTWARE, createTask("softwareUpgrade", DEVICES));
		fixtures.put(TaskRef.DEVICES, createTask("createDevices", DEVICES));
		fixtures.put(TaskRef.NEED_CONFIRM,
				assertCreated("{\"task_name\":\"confirm_me\",\"task_type\":\"moduleUpgrade\",\"need_confirm\":true,"
						+ "\"targets\":" + json(DEVICES) + "}")
					.extract()
					.path("task_id"));
		String finished = createTask("firmwareUpgrade", DEVICES);
		this.jdbc.update("UPDATE batch_subtask SET status = 'Stopped' WHERE task_id = ?", finished);
		syncCounters(finished);
		setTaskStatus(finished, "Stopped");
		fixtures.put(TaskRef.FINISHED, finished);
		fixtures.put(TaskRef.UNKNOWN, "0123456789abcdef01234567");
		fixturesMadeFor = family;
	}

	@AfterEach
	void storedStateStaysConsistent() {
		List<String> ids = this.jdbc.queryForList("SELECT id FROM batch_task", String.class);
		ids.forEach(this::assertCountersMatchRows);
		assertThat(this.jdbc.queryForList(
				"SELECT task_id FROM batch_subtask GROUP BY task_id, target HAVING count(*) > 1", String.class))
			.as("subtasks held twice")
			.isEmpty();
	}

	@ParameterizedTest(name = CASE_NAME)
	@MethodSource("cases")
	void answersAnyRequestWithinTheContract(Operation operation, HostileRequest request) throws Exception {
		makeFixturesBeforeTheFirstCaseOf(operation.name());
		send(operation, request);
	}

	/**
	 * Per operation, the first {@value #CASES} requests of its generator, from a seed of
	 * its own; each named by its number among its operation's cases.
	 */
	static Stream<Arguments> cases() {
		return Arrays.stream(Operation.values()).flatMap((operation) -> {
			List<HostileRequest> requests = operation.requests.get().sample(SEED + operation.ordinal(), CASES);
			return IntStream.range(0, requests.size())
				.mapToObj((i) -> Arguments.of(operation, Named.of(String.valueOf(i + 1), requests.get(i))));
		});
	}

	@AfterAll
	static void answeredBothSuccessesAndErrors() {
		answers.forEach((operation, counts) -> {
			assertThat(counts.getOrDefault("2xx", 0)).as("successes of %s (seed %d)", operation, SEED)
				.isGreaterThanOrEqualTo(operation.minimumSuccesses);
			assertThat(counts.getOrDefault("4xx", 0)).as("refusals of %s (seed %d)", operation, SEED).isPositive();
		});
	}

	@Test
	void answersTheCasesGenerationOnceFoundOrMightMiss(TestInfo test) throws Exception {
		makeFixturesBeforeTheFirstCaseOf(test.getTestMethod().orElseThrow().getName());
		List<Header> json = List.of(Header.of("Content-Type", "application/json"));
		for (Operation operation : List.of(Operation.STOP, Operation.RETRY, Operation.CONFIRM)) {
			for (String body : List.of("{\"targets\":[\"dev-00001\\u0000\"]}", "{\"targets\":[\"\\ud800\"]}",
					"{\"targets\":[\"\\udfffdev\",\"dev-00002\"]}", "{\"targets\":[\"" + "中".repeat(200) + "\"]}")) {
				send(operation, new HostileRequest(PROJECT, TaskRef.FIRMWARE, null, json, Body.of(body)));
			}
			send(operation, new HostileRequest(PROJECT, TaskRef.FIRMWARE, null,
					List.of(Header.of("Content-Type", "*/*")), Body.of("{}")));
		}
		for (String query : List.of("target=dev-00001%00", "target=%ED%A0%80", "target=%00", "%", "limit=%zz",
				"task_detail_status=%00")) {
			send(Operation.SHOW, new HostileRequest(PROJECT, TaskRef.FIRMWARE, query, json, new Body(null)));
		}
		for (String body : List.of(
				"{\"task_name\":\"t\",\"task_type\":\"createDevices\",\"document_source\":\"\\ud800\"}",
				"{\"task_name\":\"t\",\"task_type\":\"createDevices\",\"document_source\":\"a\\u0000\"}",
				"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d\"],"
						+ "\"task_ext_info\":{\"\\ud800\":\"\\u0000\"}}")) {
			send(Operation.CREATE, new HostileRequest(PROJECT, null, null, json, Body.of(body)));
		}
		for (byte[] instance : List.of(new byte[] { 'a', 0, 'b' }, new byte[] { (byte) 0xff, (byte) 0xfe },
				"实例".getBytes(StandardCharsets.UTF_8))) {
			List<Header> headers = List.of(Header.of("Content-Type", "application/json"),
					new Header("Instance-Id", instance));
			send(Operation.SHOW, new HostileRequest(PROJECT, TaskRef.FIRMWARE, null, headers, new Body(null)));
			send(Operation.LIST,
					new HostileRequest(PROJECT, null, "task_type=firmwareUpgrade", headers, new Body(null)));
		}
	}

	private void send(Operation operation, HostileRequest request) throws Exception {
		String task = (request.task() instanceof TaskRef ref) ? fixtures.get(ref) : (String) request.task();
		String path = "/v5/iot/" + request.project() + "/batchtasks" + operation.suffix.formatted(task);
		String target = (request.query() != null) ? path + "?" + request.query() : path;
		RawHttp.Response response = RawHttp.send(this.port, operation.method, target, request.headers(),
				request.body().bytes(), TIMEOUT);
		assertWithinContract(operation, request, response);
		answers.computeIfAbsent(operation, (key) -> new HashMap<>())
			.merge(response.status() / 100 + "xx", 1, Integer::sum);
	}

	private static void assertWithinContract(Operation operation, HostileRequest request, RawHttp.Response response)
			throws Exception {
		String context = "seed " + SEED + ": " + operation + " " + request + " -> " + response.status() + " "
				+ response.headers() + " " + response.body();
		assertThat(response.status()).as("status of %s", context).isLessThan(500);
		assertThat(response.header("X-Request-Id")).as("X-Request-Id of %s", context).isNotBlank();
		if (response.status() >= 400) {
			IotdaEnvelopes.assertRefusal(response, request.toString(), LEAKS, context);
			return;
		}
		switch (operation) {
			case CREATE -> {
				assertThat(response.status()).as(context).isEqualTo(201);
				assertThat(json.readTree(response.bodyBytes()).path("task_id").asString()).as(context)
					.matches("[a-f0-9]{24}");
			}
			case LIST -> {
				JsonNode body = json.readTree(response.bodyBytes());
				assertThat(body.path("batchtasks").isArray()).as(context).isTrue();
				assertThat(body.path("page").path("count").isNumber()).as(context).isTrue();
			}
			case SHOW -> {
				JsonNode body = json.readTree(response.bodyBytes());
				assertThat(body.path("batchtask").path("task_id").asString()).as(context).matches("[a-f0-9]{24}");
				assertThat(body.path("task_details").isArray()).as(context).isTrue();
			}
			case DELETE -> {
				assertThat(response.status()).as(context).isEqualTo(204);
				assertThat(response.bodyBytes()).as(context).isEmpty();
			}
			case STOP, RETRY, CONFIRM -> {
				JsonNode results = json.readTree(response.bodyBytes()).path("targets");
				assertThat(results.isArray()).as(context).isTrue();
				for (JsonNode result : results) {
					assertThat(result.path("status").asString()).as(context).isIn("success", "failure");
					if (result.path("status").asString().equals("failure")) {
						assertThat(result.path("error_code").asString()).as(context)
							.isIn("IOTDA.014219", "IOTDA.014220");
					}
				}
			}
		}
	}

	// ---- requests per operation

	// Each request generator mixes wholly hostile requests with ones whose envelope
	// (project, headers, task) is valid, so that the hostile body or query reaches the
	// operation itself often enough.

	static Gen<HostileRequest> createRequests() {
		Gen<String> projects = projects();
		Gen<List<Header>> headers = headers();
		Gen<Body> bodies = createBodies();
		return Gen.frequency(
				weight(1, (r) -> new HostileRequest(projects.next(r), null, null, headers.next(r), bodies.next(r))),
				weight(2, bodies.map((body) -> new HostileRequest(PROJECT, null, null, jsonHeaders(), body))));
	}

	static Gen<HostileRequest> listRequests() {
		Map<String, Gen<String>> filters = Map.of("app_id", appIds(), "status",
				Gen.of("Processing", "Success", "Waitting", "Stopping", "waitting", "PROCESSING").orNull(0.1), "limit",
				numbers(), "offset", numbers(), "marker", markers());
		Map<String, Gen<String>> all = new HashMap<>(filters);
		all.put("task_type", taskTypes());
		Gen<String> projects = projects();
		Gen<String> anyQuery = queries(all);
		Gen<String> filterQuery = queries(filters);
		Gen<List<Header>> headers = headers();
		Gen<Body> bodies = Gen.of(new Body(null), Body.of(""));
		Gen<TaskType> types = Gen.of(TaskType.class);
		return Gen.frequency(weight(1,
				(r) -> new HostileRequest(projects.next(r), null, anyQuery.next(r), headers.next(r), bodies.next(r))),
				weight(2, (r) -> {
					TaskType type = types.next(r);
					String q = filterQuery.next(r);
					return new HostileRequest(PROJECT, null,
							"task_type=" + type.wireName() + (q.isEmpty() ? "" : "&" + q), jsonHeaders(),
							new Body(null));
				}));
	}

	static Gen<HostileRequest> showRequests() {
		Gen<String> query = queries(Map.of("task_detail_status",
				Gen.of("Waitting", "Stopped", "Removed", "Success", "waitting", "Stopping"), "target",
				Gen.oneOf(Gen.of(DEVICES), text()), "limit", numbers(), "offset", numbers(), "marker", markers()));
		Gen<String> projects = projects();
		Gen<Object> tasks = taskPaths();
		Gen<List<Header>> headers = headers();
		Gen<Object> fixtureTasks = fixtureTasks();
		return Gen.frequency(
				weight(1,
						(r) -> new HostileRequest(projects.next(r), tasks.next(r), query.next(r), headers.next(r),
								new Body(null))),
				weight(2, (r) -> new HostileRequest(PROJECT, fixtureTasks.next(r), query.next(r), jsonHeaders(),
						new Body(null))));
	}

	static Gen<HostileRequest> bodilessRequests() {
		Gen<Body> bodies = Gen.of(new Body(null), Body.of("{}"));
		Gen<String> projects = projects();
		Gen<Object> tasks = taskPaths();
		Gen<List<Header>> headers = headers();
		return Gen.frequency(
				weight(1,
						(r) -> new HostileRequest(projects.next(r), tasks.next(r), null, headers.next(r),
								bodies.next(r))),
				weight(1, fixtureTasks()
					.map((task) -> new HostileRequest(PROJECT, task, null, jsonHeaders(), new Body(null)))));
	}

	static Gen<HostileRequest> targetRequests() {
		Gen<String> projects = projects();
		Gen<Object> tasks = taskPaths();
		Gen<List<Header>> headers = headers();
		Gen<Body> bodies = targetBodies();
		Gen<Object> fixtureTasks = fixtureTasks();
		return Gen.frequency(
				weight(1,
						(r) -> new HostileRequest(projects.next(r), tasks.next(r), null, headers.next(r),
								bodies.next(r))),
				weight(2,
						(r) -> new HostileRequest(PROJECT, fixtureTasks.next(r), null, jsonHeaders(), bodies.next(r))));
	}

	private static List<Header> jsonHeaders() {
		return List.of(Header.of("Content-Type", "application/json"));
	}

	private static Gen<Object> fixtureTasks() {
		return Gen.of(TaskRef.FIRMWARE, TaskRef.SOFTWARE, TaskRef.DEVICES, TaskRef.NEED_CONFIRM, TaskRef.FINISHED)
			.map((ref) -> (Object) ref);
	}

	// ---- path values

	private static Gen<String> projects() {
		return Gen.frequency(weight(8, Gen.just(PROJECT)),
				weight(2, text().filter((s) -> !s.isEmpty()).map(RawHttp::encode)),
				weight(1, Gen.of("p1%00", "%E4%B8%AD%E6%96%87", "%F0%9F%98%80", "%C3%28", "%ED%A0%80", "%FF", "p1;x=1",
						"..", "p1%20", "a".repeat(65), "p1%2e%2e")));
	}

	private static Gen<Object> taskPaths() {
		return Gen.frequency(weight(6, Gen.of(TaskRef.class).map((ref) -> (Object) ref)),
				weight(2, Gen.strings(Gen.chars("0123456789abcdef"), 1, 24).map((s) -> (Object) s)),
				weight(2, text().filter((s) -> !s.isEmpty()).map((s) -> (Object) RawHttp.encode(s))),
				weight(1, Gen
					.of("ABCDEF0123456789ABCDEF01", "0123456789abcdef012345678", "abc", "%00", "%E4%B8%AD",
							"%F0%9F%98%80", "-1", "0x10", "abc%20")
					.map((s) -> (Object) s)));
	}

	// ---- headers

	private static Gen<List<Header>> headers() {
		Gen<List<Header>> contentType = Gen
			.frequency(weight(8, Gen.just("application/json")),
					weight(3,
							Gen.of("application/json;charset=UTF-8", "text/plain", "application/xml", "",
									"application/json; charset=ISO-8859-1", "application/json; charset=nonsense",
									"multipart/form-data; boundary=x", "*/*", "application/*", "json",
									"application/x-www-form-urlencoded")),
					weight(1, headerText()))
			.map((value) -> List.of(Header.of("Content-Type", value)));
		Gen<List<Header>> noContentType = Gen.just(List.of());
		Gen<List<Header>> instance = Gen
			.frequency(weight(6, Gen.just(List.<String>of())),
					weight(2, Gen.of("inst-1", "", "x".repeat(36), "x".repeat(37), "实例一", "🚀", " ").map(List::of)),
					weight(1, headerText().map(List::of)),
					weight(1, Gen.of(List.of("inst-1", "inst-2"), List.of("", "inst-1"))))
			.map((values) -> values.stream().map((v) -> Header.of("Instance-Id", v)).toList());
		Gen<List<Header>> token = Gen.frequency(weight(6, Gen.just(List.<Header>of())),
				weight(2, headerText().map((v) -> List.of(Header.of("X-Auth-Token", v)))),
				weight(1,
						Gen.strings(Gen.chars('a', 'z'), 3000, 3000).map((v) -> List.of(Header.of("X-Auth-Token", v)))),
				weight(1, Gen.bytes(40).map((bytes) -> List.of(new Header("X-Auth-Token", bytes)))));
		Gen<List<Header>> type = Gen.frequency(weight(9, contentType), weight(1, noContentType));
		return (r) -> {
			List<Header> all = new ArrayList<>(type.next(r));
			all.addAll(instance.next(r));
			all.addAll(token.next(r));
			return all;
		};
	}

	/**
	 * Header values: printable text, Chinese, emoji and Latin-1, but never CR or LF (a
	 * raw line break would split the request itself, which tests the socket, not the
	 * app).
	 */
	private static Gen<String> headerText() {
		return Gen.oneOf(Gen.strings(Gen.anyChar(), 0, 40).filter((s) -> s.indexOf('\r') < 0 && s.indexOf('\n') < 0),
				Gen.strings(Gen.chars('\u4e00', '\u9fa5'), 1, 20),
				Gen.of("😀", "\u0000", "\u0007", "\t", "é", "ÿ", "inst\u0001"));
	}

	// ---- query strings

	private static Gen<String> queries(Map<String, Gen<String>> parameters) {
		List<Gen<String>> parts = new ArrayList<>();
		// a fixed order (Map.of's differs from JVM to JVM), so that a seed always gives
		// the same requests
		new TreeMap<>(parameters).forEach((name,
				values) -> parts.add(Gen.frequency(weight(3, Gen.just("")),
						weight(4, values.map((v) -> (v == null) ? name : name + "=" + RawHttp.encode(v))),
						weight(1,
								values.list(2, 3)
									.map((vs) -> vs.stream()
										.map((v) -> name + "=" + RawHttp.encode((v != null) ? v : ""))
										.collect(Collectors.joining("&")))))));
		Gen<String> raw = Gen.of("%", "%zz", "a=%C3%28", "limit=%00", "=&=", "&&&", "marker=%ED%A0%80",
				"task_type=firmwareUpgrade&limit=1e3", "task_type=%E4%B8%AD%E6%96%87");
		Gen<List<String>> extras = Gen.frequency(weight(9, Gen.just(List.<String>of())), weight(1, raw.map(List::of)));
		return (r) -> {
			List<String> all = new ArrayList<>();
			for (Gen<String> part : parts) {
				all.add(part.next(r));
			}
			all.addAll(extras.next(r));
			return all.stream().filter((s) -> !s.isEmpty()).collect(Collectors.joining("&"));
		};
	}

	private static Gen<String> taskTypes() {
		return Gen.frequency(weight(6, Gen.of(TaskType.class).map(TaskType::wireName)),
				weight(2, Gen.of("FIRMWAREUPGRADE", "firmware", "", "firmwareUpgrade ", "null")), weight(1, text()));
	}

	private static Gen<String> appIds() {
		return Gen.frequency(weight(3, Gen.of("app_1", "a".repeat(36))), weight(1, Gen.of("", "a".repeat(37), "应用")),
				weight(1, text()));
	}

	private static Gen<String> numbers() {
		return Gen.frequency(weight(4, Gen.integers(0, 50).map(String::valueOf)),
				weight(2,
						Gen.of("0", "1", "50", "51", "500", "501", "-1", "2147483647", "2147483648", "-2147483649",
								"99999999999999999999", "1.5", "1e3", "0x10", "", " 1", "+1", "一", "١")),
				weight(1, text()));
	}

	private static Gen<String> markers() {
		return Gen.frequency(weight(3, Gen.strings(Gen.chars("0123456789abcdef"), 24, 24)),
				weight(2, Gen.of("ffffffffffffffffffffffff", "000000000000000000000000", "FFFFFFFFFFFFFFFFFFFFFFFF",
						"fffffffffffffffffffffff", "", "zzzzzzzzzzzzzzzzzzzzzzzz")),
				weight(1, text()));
	}

	// ---- bodies

	private static Gen<Body> createBodies() {
		return Gen.frequency(weight(6, nearlyValidCreates().map(Body::of)), weight(6, createObjects().map(Body::of)),
				weight(2, jsonValue(3).map(Body::of)), weight(2, deepNesting().map(Body::of)), weight(2, randomBytes()),
				weight(1, Gen.of(new Body(null), Body.of(""), Body.of("{\"task_name\":\"t\""),
						Body.of("{\"task_name\":\"t\",}"), Body.of("nul"))));
	}

	private static Gen<Body> targetBodies() {
		Gen<String> target = Gen.frequency(weight(6, Gen.of(DEVICES).map(HostileInputIntegrationTests::quote)),
				weight(2, text().map(HostileInputIntegrationTests::quote)), weight(1, scalar()),
				weight(1, jsonValue(2)));
		Gen<String> targets = Gen.frequency(weight(6, target.list(0, 8).map((l) -> String.join(",", l))),
				weight(1, target.list(95, 130).map((l) -> String.join(",", l))),
				weight(1,
						Gen.of(DEVICES)
							.map(HostileInputIntegrationTests::quote)
							.list(2, 6)
							.map((l) -> String.join(",", l) + "," + String.join(",", l))));
		Gen<String> objects = Gen.frequency(weight(6, targets.map((t) -> "{\"targets\":[" + t + "]}")),
				weight(2, jsonValue(2).map((v) -> "{\"targets\":" + v + "}")),
				weight(1, targets.map((t) -> "{\"targets\":[" + t + "],\"targets\":null}")),
				weight(1, Gen.of("{}", "{\"targets\":[]}", "{\"targets\":null}", "{\"other\":1}")));
		return Gen.frequency(weight(10, objects.map(Body::of)), weight(1, jsonValue(3).map(Body::of)),
				weight(1, deepNesting().map(Body::of)), weight(1, randomBytes()),
				weight(1, Gen.of(new Body(null), Body.of(""), Body.of("{"))));
	}

	/**
	 * A valid create, often with one field added or overridden (a duplicate key) by a
	 * hostile value.
	 */
	private static Gen<String> nearlyValidCreates() {
		Gen<String> names = Gen.of("app_id", "task_name", "task_type", "task_mode", "need_confirm", "task_ext_info",
				"targets", "targets_filter", "document", "task_policy", "document_source", "unknown_field");
		Gen<String> values = Gen.oneOf(jsonValue(2), deepNesting(),
				hugeString().map(HostileInputIntegrationTests::quote));
		Gen<String> spoiler = (r) -> ",\"" + names.next(r) + "\":" + values.next(r);
		Gen<String> taskNames = Gen.of("fw_task", "任务_1", "a".repeat(128), "Ünïcödé_9");
		Gen<String> types = Gen.of("firmwareUpgrade", "softwareUpgrade", "createDevices", "updateDevices");
		Gen<List<String>> targets = Gen.of(DEVICES).list(1, 5);
		Gen<String> extras = Gen.frequency(weight(1, Gen.just("")), weight(2, spoiler));
		return (r) -> "{\"task_name\":" + quote(taskNames.next(r)) + ",\"task_type\":\"" + types.next(r)
				+ "\",\"targets\":" + json(targets.next(r)) + extras.next(r) + "}";
	}

	/**
	 * A create request object: each field absent, valid or hostile; sometimes a field
	 * twice.
	 */
	private static Gen<String> createObjects() {
		List<Gen<String>> fields = List.of(field("app_id", Gen.of("app_1", "a-b_C9")),
				field("task_name", Gen.of("fw_task", "任务_1", "ｔａｓｋ", "a".repeat(128), "a".repeat(129), "t 1", "t😀")),
				field("task_type", Gen.of(TaskType.class).map(TaskType::wireName)),
				field("task_mode", Gen.of("GATEWAY", "gateway")), field("need_confirm", Gen.just("true")),
				field("task_ext_info", Gen.of("{\"k\":\"v\"}", "{\"k\":\"" + "v".repeat(600) + "\"}")),
				field("targets", Gen.of(DEVICES).list(1, 5).map(AbstractBatchTaskApiIntegrationTests::json)),
				field("targets_filter", Gen.of("{\"group_ids\":[\"g1\"]}", "{\"group_ids\":[]}")),
				field("document",
						Gen.of("{\"package_ids\":[\"66a1c2d3e4f5a6b7c8d9e0f1\"]}", "{\"package_id\":\"p\"}", "{}")),
				field("task_policy", Gen.of("{\"schedule_time\":\"20991231T000000Z\"}",
						"{\"retry_count\":5,\"retry_interval\":1440}", "{\"retry_count\":6,\"retry_interval\":1}",
						"{\"retry_count\":1}", "{\"schedule_time\":\"20240230T000000Z\"}")),
				field("document_source", Gen.of("file_1")));
		Gen<Integer> duplicateCounts = Gen.integers(0, 4);
		Gen<Integer> salts = Gen.integers(0, 10);
		return (r) -> {
			List<String> present = new ArrayList<>();
			for (Gen<String> field : fields) {
				String value = field.next(r);
				if (!value.isEmpty()) {
					present.add(value);
				}
			}
			int duplicates = duplicateCounts.next(r);
			int salt = salts.next(r);
			for (int i = 0; i < duplicates && !present.isEmpty() && salt % 3 == 0; i++) {
				present.add(present.get((salt + i) % present.size()));
			}
			return "{" + String.join(",", present) + "}";
		};
	}

	/**
	 * A field: absent (empty), with a valid value, or with a hostile one (any JSON, huge,
	 * deeply nested).
	 */
	private static Gen<String> field(String name, Gen<String> valid) {
		String key = "\"" + name + "\":";
		return Gen.frequency(weight(3, Gen.just("")),
				weight(6, valid
					.map((v) -> key + (v.startsWith("{") || v.startsWith("[") || v.equals("true") ? v : quote(v)))),
				weight(3, jsonValue(2).map((v) -> key + v)), weight(1, hugeString().map((v) -> key + quote(v))),
				weight(1, deepNesting().map((v) -> key + v)));
	}

	/** Any JSON value up to the given depth, with hostile scalars. */
	private static Gen<String> jsonValue(int depth) {
		if (depth == 0) {
			return scalar();
		}
		Gen<String> inner = jsonValue(depth - 1);
		Gen<String> keys = text().map(HostileInputIntegrationTests::quote);
		Gen<String> members = (r) -> keys.next(r) + ":" + inner.next(r);
		return Gen.frequency(weight(4, scalar()),
				weight(1, inner.list(0, 4).map((l) -> "[" + String.join(",", l) + "]")),
				weight(1, members.list(0, 4).map((l) -> "{" + String.join(",", l) + "}")));
	}

	private static Gen<String> scalar() {
		return Gen.frequency(weight(3, text().map(HostileInputIntegrationTests::quote)),
				weight(2,
						Gen.of("null", "true", "false", "0", "-0", "1", "-1", "1.5", "1e400", "-1e400", "1e-400",
								"2147483648", "-2147483649", "99999999999999999999999999999999", "9".repeat(1200),
								"NaN", "Infinity", "0x10", "01", "\"\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00x\"",
								"\"\\ud83d\\ude00\"", "\"\\u202e\"")),
				weight(1, Gen.integers().map(String::valueOf)), weight(1, Gen.doubles().map(String::valueOf)));
	}

	/** Arrays or objects nested 1 to 3,000 levels deep. */
	private static Gen<String> deepNesting() {
		Gen<Integer> depths = Gen.integers(1, 3000);
		Gen<String> kinds = Gen.of("[]", "{}", "mixed");
		return (r) -> {
			int depth = depths.next(r);
			String kind = kinds.next(r);
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < depth; i++) {
				out.append(switch (kind) {
					case "[]" -> "[";
					case "{}" -> "{\"a\":";
					default -> (i % 2 == 0) ? "[" : "{\"t\":";
				});
			}
			out.append("1");
			for (int i = depth - 1; i >= 0; i--) {
				out.append(switch (kind) {
					case "[]" -> "]";
					case "{}" -> "}";
					default -> (i % 2 == 0) ? "]" : "}";
				});
			}
			return out.toString();
		};
	}

	private static Gen<Body> randomBytes() {
		return Gen.bytes(2000).map(Body::new);
	}

	/**
	 * Text: any code unit (control characters and lone surrogates included), Chinese,
	 * emoji, SQL-looking and path-looking strings.
	 */
	private static Gen<String> text() {
		return Gen.frequency(weight(3, Gen.strings(Gen.anyChar(), 0, 30)),
				weight(2, Gen.strings(Gen.chars('\u4e00', '\u9fa5'), 1, 30)),
				weight(1, Gen.strings(Gen.chars('\u0000', '\u001f'), 1, 10)),
				weight(2,
						Gen.of("😀", "🚀🚀🚀", "\u0000", "a\u0000b", "\r\n", "\u202e", "\ud800", "\udfff",
								"'; DROP TABLE batch_task;--", "' OR '1'='1", "%00", "../../etc/passwd", "null",
								"${jndi:x}", "<script>", "dev-00001", "dev-00001\u0000", "DEV-00001", "dev-00001 ")),
				weight(1, hugeString()));
	}

	private static Gen<String> hugeString() {
		return Gen.oneOf(Gen.strings(Gen.alphanumeric(), 129, 5000), Gen.integers(10_000, 50_000).map("中"::repeat));
	}

	/**
	 * A JSON string literal holding the value exactly (escapes, lone surrogates kept).
	 */
	private static String quote(String value) {
		return HostileInputs.quoteEscapingSurrogates(value);
	}

}
