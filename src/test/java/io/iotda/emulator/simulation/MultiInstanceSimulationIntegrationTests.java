package io.iotda.emulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.IotdaEmulatorApplication;
import io.iotda.emulator.support.TestDatabase;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two emulator instances on one database, both simulating in realtime, under many
 * concurrent stops sent to either: no subtask advances twice, no stop is lost, and every
 * task's counters equal its rows.
 */
class MultiInstanceSimulationIntegrationTests {

	private static final String PROJECT = "multi";

	private static final int TASKS = 12;

	private static final int DEVICES = 250;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() throws Exception {
		first = start();
		try (Connection connection = TestDatabase.get().connect(); Statement statement = connection.createStatement()) {
			statement
				.execute("DELETE FROM batch_subtask WHERE task_id IN (SELECT id FROM batch_task WHERE project_id = '"
						+ PROJECT + "')");
			statement.execute("DELETE FROM batch_task WHERE project_id = '" + PROJECT + "'");
			statement.execute("DELETE FROM sim_outcome_rule WHERE project_id = '" + PROJECT + "'");
		}
		second = start();
	}

	@AfterAll
	static void stopInstances() {
		if (first != null) {
			first.close();
		}
		if (second != null) {
			second.close();
		}
	}

	private static ConfigurableApplicationContext start() {
		TestDatabase database = TestDatabase.get();
		Map<String, Object> properties = new HashMap<>();
		properties.put("server.port", "0");
		properties.put("spring.datasource.url", database.url());
		properties.put("spring.datasource.username", database.username());
		properties.put("spring.datasource.password", database.password());
		properties.put("iotda.demo.enabled", "false");
		properties.put("spring.datasource.hikari.maximum-pool-size", "6");
		properties.put("spring.datasource.hikari.minimum-idle", "1");
		properties.put("iotda.simulation.clock.mode", "realtime");
		properties.put("iotda.simulation.start-delay-min", "0s");
		properties.put("iotda.simulation.start-delay-max", "2s");
		properties.put("iotda.simulation.upgrade-duration-min", "2s");
		properties.put("iotda.simulation.upgrade-duration-max", "10s");
		properties.put("iotda.simulation.tick-interval", "20ms");
		properties.put("iotda.simulation.batch-size", "20");
		properties.put("iotda.simulation.rows-per-transaction", "40");
		properties.put("iotda.batch-task.stopping-duration", "300ms");
		// command-line arguments: they win over application.yml (default properties would
		// not)
		String[] args = properties.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(IotdaEmulatorApplication.class).run(args);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@Test
	void twoInstancesNeverAdvanceASubtaskTwiceNorLoseAStop() throws Exception {
		int[] ports = { port(first), port(second) };
		given(ports[0])
			.body("""
					{"project_id":"multi","pattern":"*-13","match_type":"glob","outcome":"fail","error_code":"IOTDA.014230","error_msg":"no"}""")
			.post("/_emulator/outcome-rules")
			.then()
			.statusCode(201);
		List<String> taskIds = new ArrayList<>();
		for (int t = 0; t < TASKS; t++) {
			List<String> targets = new ArrayList<>();
			for (int d = 0; d < DEVICES; d++) {
				targets.add("t" + t + "-dev-" + d);
			}
			taskIds.add(given(ports[t % 2])
				.body("{\"task_name\":\"multi\",\"task_type\":\"firmwareUpgrade\","
						+ "\"document\":{\"package_ids\":[\"p\"]},\"targets\":"
						+ targets.stream().map((x) -> "\"" + x + "\"").toList() + "}")
				.post("/v5/iot/{p}/batchtasks", PROJECT)
				.then()
				.statusCode(201)
				.extract()
				.<String>path("task_id"));
		}

		Set<String> reportedStopped = ConcurrentHashMap.newKeySet();
		Set<String> wholeTaskStops = ConcurrentHashMap.newKeySet();
		AtomicInteger requests = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> futures = new ArrayList<>();
		for (int thread = 0; thread < 8; thread++) {
			int threadNo = thread;
			futures.add(pool.submit(() -> {
				ThreadLocalRandom random = ThreadLocalRandom.current();
				for (int request = 0; request < 12; request++) {
					// threads 0 to 3 each stop one whole task half-way; the rest are
					// targeted stops
					boolean whole = threadNo < 4 && request == 2;
					int task = whole ? threadNo * 3 : random.nextInt(TASKS);
					String taskId = taskIds.get(task);
					int port = ports[random.nextInt(2)];
					List<String> targets = new ArrayList<>();
					if (!whole) {
						for (int i = random.nextInt(1, 12); i > 0; i--) {
							targets.add("t" + task + "-dev-" + random.nextInt(DEVICES));
						}
					}
					Response response = given(port)
						.body("{\"targets\":" + targets.stream().map((x) -> "\"" + x + "\"").toList() + "}")
						.post("/v5/iot/{p}/batchtasks/{id}/stop", PROJECT, taskId);
					requests.incrementAndGet();
					int status = response.statusCode();
					assertThat(status).as(response.asString()).isIn(200, 403);
					if (status != 200) {
						continue;
					}
					if (whole) {
						wholeTaskStops.add(taskId);
					}
					List<Map<String, Object>> results = response.jsonPath().getList("targets");
					for (Map<String, Object> result : results) {
						if ("success".equals(result.get("status"))) {
							reportedStopped.add(taskId + "/" + result.get("target"));
						}
						else {
							assertThat(result.get("error_code")).isEqualTo("IOTDA.014220");
						}
					}
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get(120, TimeUnit.SECONDS);
		}
		pool.shutdown();

		Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
			try (Connection connection = TestDatabase.get().connect();
					Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM batch_task WHERE project_id = '"
							+ PROJECT + "' AND status NOT IN ('Success', 'Fail', 'PartialSuccess', 'Stopped')")) {
				rs.next();
				return rs.getInt(1) == 0;
			}
		});

		try (Connection connection = TestDatabase.get().connect(); Statement statement = connection.createStatement()) {
			Map<String, String> statusOf = new HashMap<>();
			int maxAttempts = 0;
			int successWithoutOneAttempt = 0;
			try (ResultSet rs = statement.executeQuery("SELECT s.task_id, s.target, s.status, s.attempts FROM "
					+ "batch_subtask s JOIN batch_task t ON t.id = s.task_id WHERE t.project_id = '" + PROJECT + "'")) {
				while (rs.next()) {
					statusOf.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
					maxAttempts = Math.max(maxAttempts, rs.getInt(4));
					if ("Success".equals(rs.getString(3)) && rs.getInt(4) != 1) {
						successWithoutOneAttempt++;
					}
				}
			}
			assertThat(statusOf).hasSize(TASKS * DEVICES);
			// no subtask started twice (each start adds one attempt) and every success
			// took exactly one
			assertThat(maxAttempts).isLessThanOrEqualTo(1);
			assertThat(successWithoutOneAttempt).isZero();
			// no stop lost: every subtask a stop reported as stopped is Stopped
			for (String stopped : reportedStopped) {
				assertThat(statusOf.get(stopped)).as(stopped).isEqualTo("Stopped");
			}
			// counters equal the rows, task by task
			for (String taskId : taskIds) {
				Map<String, Integer> rows = new HashMap<>();
				try (ResultSet rs = statement
					.executeQuery("SELECT status, COUNT(*) FROM batch_subtask WHERE task_id = '" + taskId
							+ "' GROUP BY status")) {
					while (rs.next()) {
						rows.put(rs.getString(1), rs.getInt(2));
					}
				}
				try (ResultSet rs = statement.executeQuery("SELECT waitting, processing, fail_wait_retry, success, "
						+ "fail, stopped, removed, total, status FROM batch_task WHERE id = '" + taskId + "'")) {
					rs.next();
					assertThat(rs.getInt(1)).as(taskId).isEqualTo(rows.getOrDefault("Waitting", 0));
					assertThat(rs.getInt(2)).as(taskId).isEqualTo(rows.getOrDefault("Processing", 0));
					assertThat(rs.getInt(3)).as(taskId).isEqualTo(rows.getOrDefault("FailWaitRetry", 0));
					assertThat(rs.getInt(4)).as(taskId).isEqualTo(rows.getOrDefault("Success", 0));
					assertThat(rs.getInt(5)).as(taskId).isEqualTo(rows.getOrDefault("Fail", 0));
					assertThat(rs.getInt(6)).as(taskId).isEqualTo(rows.getOrDefault("Stopped", 0));
					assertThat(rs.getInt(8)).as(taskId).isEqualTo(DEVICES);
					if (wholeTaskStops.contains(taskId)) {
						assertThat(rs.getString(9)).as(taskId).isEqualTo("Stopped");
					}
				}
			}
			System.out.printf("[multi-instance] %d stop requests, %d subtasks reported stopped, %d whole-task stops%n",
					requests.get(), reportedStopped.size(), wholeTaskStops.size());
			assertThat(reportedStopped).isNotEmpty();
			assertThat(wholeTaskStops).isNotEmpty();
		}
	}

	private static io.restassured.specification.RequestSpecification given(int port) {
		return RestAssured.given().port(port).contentType(ContentType.JSON);
	}

}
