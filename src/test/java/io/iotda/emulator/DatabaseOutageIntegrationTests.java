package io.iotda.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.iotda.emulator.support.TcpProxy;
import io.iotda.emulator.support.TestDatabase;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database goes away and comes back, through a TCP proxy this test controls (the
 * machine's PostgreSQL itself is never stopped): every operation answers 503 in the IoTDA
 * envelope within a bounded time, requests do not pile up waiting for connections, the
 * process stays up and serves again within seconds of the database's return, and nothing
 * a failed request began is left behind. Last, the application is shut down while a slow
 * request is in flight, which still completes.
 * <p>
 * The application runs in its own context (not the test-context cache): it talks to the
 * database through the proxy, and the last test closes it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIntegrationTests {

	private static final String PROJECT = "faults";

	private static final String BASE = "/v5/iot/{project_id}/batchtasks";

	/** Generous: the machine running the tests is shared and loaded. */
	private static final Duration ANSWER_BOUND = Duration.ofSeconds(20);

	private static final Duration RECOVERY_BOUND = Duration.ofSeconds(30);

	private static TcpProxy proxy;

	private static ConfigurableApplicationContext app;

	private static int port;

	/** Straight to the database, not through the proxy: what is really stored. */
	private static JdbcTemplate database;

	@BeforeAll
	static void startApplicationBehindProxy() throws Exception {
		TestDatabase target = TestDatabase.get();
		URI url = URI.create(target.url().substring("jdbc:".length()));
		proxy = TcpProxy.start(url.getHost(), (url.getPort() > 0) ? url.getPort() : 5432);
		String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + url.getPath()
				+ ((url.getQuery() != null) ? "?" + url.getQuery() + "&" : "?")
				// the driver's own bounds: a connection attempt, and a read that never
				// returns
				+ "connectTimeout=3&socketTimeout=15";
		app = new SpringApplicationBuilder(IotdaEmulatorApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + proxied, "--spring.datasource.username=" + target.username(),
				"--spring.datasource.password=" + target.password(), "--iotda.demo.enabled=false",
				// the simulator's clock stands still: subtasks move only by the requests
				// under test
				"--iotda.simulation.clock.mode=manual", "--spring.lifecycle.timeout-per-shutdown-phase=30s");
		port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		database = new JdbcTemplate(new DriverManagerDataSource(target.url(), target.username(), target.password()));
	}

	@AfterAll
	static void stop() throws Exception {
		if (app != null && app.isActive()) {
			app.close();
		}
		if (proxy != null) {
			proxy.close();
		}
	}

	@BeforeEach
	void databaseReachableAndEmpty() throws Exception {
		proxy.delayTrafficToServer(Duration.ZERO);
		proxy.resume();
		database.update("DELETE FROM batch_task WHERE project_id = ?", PROJECT);
	}

	@Test
	@Order(1)
	void answersEveryOperationWith503WhileTheDatabaseIsUnreachableThenRecovers() throws Exception {
		String active = create("active_task", "firmwareUpgrade", devices(10));
		String finished = create("finished_task", "firmwareUpgrade", devices(3));
		database.update("UPDATE batch_subtask SET status = 'Stopped' WHERE task_id = ?", finished);
		database.update("UPDATE batch_task SET status = 'Stopped', waitting = 0, stopped = 3 WHERE id = ?", finished);
		Map<String, Object> before = snapshot();

		proxy.cut();

		Map<String, Function<RequestSpecification, Response>> operations = operations(active, finished);
		for (var operation : operations.entrySet()) {
			long started = System.nanoTime();
			Response response = operation.getValue().apply(api());
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertServiceUnavailable(operation.getKey(), response);
			assertThat(took).as("time to answer %s while the database is unreachable", operation.getKey())
				.isLessThan(ANSWER_BOUND);
		}

		// many at once: each waits at most the pool's connection timeout, none hangs
		ExecutorService clients = Executors.newFixedThreadPool(32);
		List<Callable<Response>> burst = new ArrayList<>();
		List<Function<RequestSpecification, Response>> calls = new ArrayList<>(operations.values());
		for (int i = 0; i < 64; i++) {
			Function<RequestSpecification, Response> call = calls.get(i % calls.size());
			burst.add(() -> call.apply(api()));
		}
		long started = System.nanoTime();
		List<Future<Response>> answers = clients.invokeAll(burst, 2, TimeUnit.MINUTES);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		clients.shutdown();
		for (Future<Response> answer : answers) {
			assertThat(answer.isCancelled()).as("a request still hanging after 2 minutes").isFalse();
			assertServiceUnavailable("burst", answer.get());
		}
		assertThat(took).as("64 requests from 32 clients while the database is unreachable")
			.isLessThan(ANSWER_BOUND.multipliedBy(3));
		HikariPoolMXBean pool = app.getBean(DataSource.class).unwrap(HikariDataSource.class).getHikariPoolMXBean();
		// at most the Stopping sweeper's scheduler thread, which polls every 250 ms
		assertThat(pool.getThreadsAwaitingConnection()).as("threads still waiting for a connection")
			.isLessThanOrEqualTo(1);
		assertThat(pool.getActiveConnections()).as("connections still held").isZero();

		proxy.resume();
		Duration recovery = awaitRecovery(active);
		System.out.println("[faults] served again " + recovery.toMillis() + " ms after the database returned");

		assertThat(snapshot()).as("nothing a failed request began was stored").isEqualTo(before);
		assertThat(api().get(BASE + "/{task_id}", PROJECT, finished).statusCode()).isEqualTo(200);
		assertThat(api().body("{}").post(BASE + "/{task_id}/stop", PROJECT, active).statusCode()).isEqualTo(200);
		assertThat(RestAssured.given().port(port).get("/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(2)
	void leavesNoPartOfALargeCreateWhenTheDatabaseGoesAwayMidway() throws Exception {
		String body = createBody("cut_midway", 30_000);
		// slow the rows down so that the cut falls inside the create's transaction
		long sentBefore = proxy.bytesToServer();
		CompletableFuture<Response> create = sendSlowly(body, 100_000, 20);
		assertThat(proxy.bytesToServer() - sentBefore).as("rows on their way to the database").isGreaterThan(100_000);
		proxy.cut();

		Response answer = create.get(2, TimeUnit.MINUTES);
		assertServiceUnavailable("create cut midway", answer);

		proxy.delayTrafficToServer(Duration.ZERO);
		proxy.resume();
		awaitRecovery(null);
		assertThat(database.queryForObject("SELECT count(*) FROM batch_task WHERE task_name = 'cut_midway'",
				Integer.class))
			.as("tasks of the failed create")
			.isZero();
		assertThat(
				database.queryForObject(
						"SELECT count(*) FROM batch_subtask s "
								+ "WHERE NOT EXISTS (SELECT 1 FROM batch_task t WHERE t.id = s.task_id)",
						Integer.class))
			.as("subtasks without a task")
			.isZero();
		String retried = api().body(body).post(BASE, PROJECT).then().statusCode(201).extract().path("task_id");
		assertThat(
				database.queryForObject("SELECT count(*) FROM batch_subtask WHERE task_id = ?", Integer.class, retried))
			.isEqualTo(30_000);
	}

	@Test
	@Order(3)
	void finishesAnInFlightRequestWhenTheApplicationShutsDown() throws Exception {
		CompletableFuture<Response> create = sendSlowly(createBody("in_flight", 5_000), 20_000, 10);
		assertThat(create).as("the create is still in flight when shutdown begins").isNotDone();

		CompletableFuture<Void> shutdown = CompletableFuture.runAsync(app::close);
		Response answer = create.get(2, TimeUnit.MINUTES);
		shutdown.get(2, TimeUnit.MINUTES);

		assertThat(answer.statusCode()).as("the in-flight create's answer: %s", answer.asString()).isEqualTo(201);
		String taskId = answer.path("task_id");
		assertThat(
				database.queryForObject("SELECT count(*) FROM batch_subtask WHERE task_id = ?", Integer.class, taskId))
			.isEqualTo(5_000);
		assertThat(database.queryForObject("SELECT total FROM batch_task WHERE id = ?", Integer.class, taskId))
			.isEqualTo(5_000);
	}

	private static String createBody(String name, int targets) {
		return "{\"task_name\":\"" + name + "\",\"task_type\":\"firmwareUpgrade\",\"targets\":" + json(devices(targets))
				+ "}";
	}

	/**
	 * Sends the create through the proxy, slowed to 20 ms a packet, and waits (a minute
	 * at most, polling every {@code pollMillis}) until {@code bytes} of it went to the
	 * database.
	 */
	private CompletableFuture<Response> sendSlowly(String body, long bytes, long pollMillis)
			throws InterruptedException {
		proxy.delayTrafficToServer(Duration.ofMillis(20));
		long sentBefore = proxy.bytesToServer();
		CompletableFuture<Response> create = CompletableFuture.supplyAsync(() -> api().body(body).post(BASE, PROJECT));
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (proxy.bytesToServer() - sentBefore < bytes && System.nanoTime() < deadline) {
			Thread.sleep(pollMillis);
		}
		return create;
	}

	private Map<String, Function<RequestSpecification, Response>> operations(String active, String finished) {
		Map<String, Function<RequestSpecification, Response>> operations = new java.util.LinkedHashMap<>();
		operations.put("create", (api) -> api
			.body("{\"task_name\":\"during_outage\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\",\"d2\"]}")
			.post(BASE, PROJECT));
		operations.put("list", (api) -> api.queryParam("task_type", "firmwareUpgrade").get(BASE, PROJECT));
		operations.put("show", (api) -> api.get(BASE + "/{task_id}", PROJECT, active));
		operations.put("delete", (api) -> api.delete(BASE + "/{task_id}", PROJECT, finished));
		operations.put("stop", (api) -> api.body("{}").post(BASE + "/{task_id}/stop", PROJECT, active));
		operations.put("targeted stop",
				(api) -> api.body("{\"targets\":[\"dev-00001\"]}").post(BASE + "/{task_id}/stop", PROJECT, active));
		operations.put("retry", (api) -> api.body("{}").post(BASE + "/{task_id}/retry", PROJECT, active));
		operations.put("confirm", (api) -> api.body("{}").post(BASE + "/{task_id}/confirm", PROJECT, active));
		return operations;
	}

	private static void assertServiceUnavailable(String operation, Response response) {
		assertThat(response.statusCode()).as("%s: %s", operation, response.asString()).isEqualTo(503);
		assertThat(response.header("X-Request-Id")).as(operation).isNotBlank();
		assertThat(response.jsonPath().getMap("")).as(operation)
			.isEqualTo(
					Map.of("error_code", "IOTDA.000001", "error_msg", "Internal server error. (service unavailable)"));
	}

	/** Polls until the application answers from the database again; how long it took. */
	private static Duration awaitRecovery(String taskId) throws InterruptedException {
		long started = System.nanoTime();
		long deadline = started + RECOVERY_BOUND.toNanos();
		while (System.nanoTime() < deadline) {
			Response response = (taskId != null) ? api().get(BASE + "/{task_id}", PROJECT, taskId)
					: api().queryParam("task_type", "firmwareUpgrade").get(BASE, PROJECT);
			if (response.statusCode() == 200) {
				return Duration.ofNanos(System.nanoTime() - started);
			}
			assertServiceUnavailable("while recovering", response);
			Thread.sleep(200);
		}
		throw new AssertionError("not serving again " + RECOVERY_BOUND + " after the database returned");
	}

	/**
	 * What a failed request could have changed: which tasks exist, whether a stop was
	 * asked, and which subtasks are stopped (the simulator never stops one).
	 */
	private static Map<String, Object> snapshot() {
		Map<String, Object> state = new java.util.TreeMap<>();
		database.query("SELECT * FROM batch_task WHERE project_id = ?", (rs) -> {
			state.put("task " + rs.getString("id"),
					List.of(rs.getBoolean("stop_requested"), rs.getInt("total"), rs.getInt("stopped")));
		}, PROJECT);
		database.query("SELECT s.task_id, s.target, s.status FROM batch_subtask s JOIN batch_task t "
				+ "ON t.id = s.task_id WHERE t.project_id = ?", (rs) -> {
					// the simulator may start and finish subtasks meanwhile; only
					// requests stop them
					state.put("subtask " + rs.getString(1) + "/" + rs.getString(2),
							"Stopped".equals(rs.getString(3)) ? "Stopped" : "not stopped");
				}, PROJECT);
		return state;
	}

	private static String create(String name, String type, List<String> targets) {
		return api()
			.body("{\"task_name\":\"" + name + "\",\"task_type\":\"" + type + "\",\"targets\":" + json(targets) + "}")
			.post(BASE, PROJECT)
			.then()
			.statusCode(201)
			.extract()
			.path("task_id");
	}

	private static RequestSpecification api() {
		return RestAssured.given().port(port).contentType(ContentType.JSON);
	}

	private static List<String> devices(int count) {
		return IntStream.rangeClosed(1, count).mapToObj((i) -> String.format("dev-%05d", i)).toList();
	}

	private static String json(List<String> values) {
		return values.stream().map((v) -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
	}

}
