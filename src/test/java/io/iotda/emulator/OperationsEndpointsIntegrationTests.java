package io.iotda.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations side as a container platform or Prometheus sees it: probes, info, what
 * is exposed, request metrics per operation, task gauges, the request log, and the
 * Dockerfile's own HEALTHCHECK command run against the live application.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsEndpointsIntegrationTests extends AbstractApiIntegrationTests {

	private static final List<String> DEVICES = List.of("ops-device-1", "ops-device-2", "ops-device-3");

	@Test
	void livenessAndReadinessAreUpWithTheDatabaseInTheReadinessGroup() {
		api().get("/actuator/health/liveness").then().statusCode(200).body("status", equalTo("UP"));
		api().get("/actuator/health/readiness")
			.then()
			.statusCode(200)
			.body("status", equalTo("UP"))
			.body("components.db.status", equalTo("UP"))
			.body("components.readinessState.status", equalTo("UP"));
	}

	@Test
	void infoCarriesBuildDataAndGitDataWhenTheBuildHadIt() throws IOException {
		Response info = api().get("/actuator/info");
		info.then().statusCode(200).body("build.artifact", equalTo("iotda-batch-emulator"));
		assertThat(info.path("build.version").toString()).isNotBlank();
		if (builtWithGitData()) {
			assertThat(info.path("git.commit.id").toString()).matches("[0-9a-f]{7,40}");
		}
	}

	@Test
	void exposesOnlyHealthInfoPrometheusAndMetrics() {
		Map<String, Object> links = api().get("/actuator").then().statusCode(200).extract().path("_links");
		assertThat(links.keySet()).containsExactlyInAnyOrder("self", "health", "health-path", "info", "prometheus",
				"metrics", "metrics-requiredMetricName");
		api().get("/actuator/env").then().statusCode(404);
		api().get("/actuator/beans").then().statusCode(404);
	}

	@Test
	void prometheusCountsAndTimesEachOperationByItsUriTemplate() {
		String taskId = createTask("ops_metrics");
		api().body("{\"targets\":[\"ops-device-1\"]}").post(stopPath(taskId)).then().statusCode(200);
		api().get("/v5/iot/ops/batchtasks/" + taskId).then().statusCode(200);

		String scrape = scrape();
		assertThat(scrape).containsPattern(requests("POST", "/v5/iot/{project_id}/batchtasks", "201"))
			.containsPattern(requests("POST", "/v5/iot/{project_id}/batchtasks/{task_id}/stop", "200"))
			.containsPattern(requests("GET", "/v5/iot/{project_id}/batchtasks/{task_id}", "200"))
			.containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/v5/iot/\\{project_id\\}"
					+ "/batchtasks/\\{task_id\\}/stop\"[^}]*\\} ");
		// Ids never become label values: one series per operation, not per task.
		assertThat(scrape).doesNotContain(taskId);
	}

	@Test
	void gaugesCountTasksAndSubtasksByStatus() {
		String taskId = createTask("ops_gauges");
		api().body("{\"targets\":[\"ops-device-1\"]}").post(stopPath(taskId)).then().statusCode(200);

		// The gauges read a snapshot at most five seconds old.
		String scrape = waitFor(Duration.ofSeconds(15), this::scrape,
				(text) -> gauge(text, "iotda_subtasks", "Stopped") == 1.0);
		assertThat(gauge(scrape, "iotda_subtasks", "Stopped")).isEqualTo(1.0);
		double subtasks = 0;
		for (String status : List.of("Waitting", "Processing", "Success", "Fail", "FailWaitRetry", "Stopped",
				"Removed")) {
			subtasks += gauge(scrape, "iotda_subtasks", status);
		}
		assertThat(subtasks).isEqualTo(DEVICES.size());
		double tasks = 0;
		for (String status : List.of("Initializing", "Waitting", "Processing", "Success", "Fail", "PartialSuccess",
				"Stopped", "Stopping")) {
			tasks += gauge(scrape, "iotda_batchtasks", status);
		}
		assertThat(tasks).isEqualTo(1.0);
	}

	@Test
	void logsOneLinePerRequestWithMethodPathStatusLatencyAndRequestId(CapturedOutput output) {
		String taskId = createTask("ops_log");
		String requestId = api().body("{}")
			.post(stopPath(taskId))
			.then()
			.statusCode(200)
			.extract()
			.header("X-Request-Id");
		String path = "/v5/iot/ops/batchtasks/" + taskId + "/stop";
		String line = waitFor(Duration.ofSeconds(5), () -> lineWith(output.getOut(), requestId),
				(found) -> found != null);
		assertThat(line).containsPattern("POST " + Pattern.quote(path) + " 200 \\d+ms request_id=" + requestId);
		String notFound = api().get("/v5/iot/ops/batchtasks/ffffffffffffffffffffffff")
			.then()
			.statusCode(404)
			.extract()
			.header("X-Request-Id");
		assertThat(waitFor(Duration.ofSeconds(5), () -> lineWith(output.getOut(), notFound), (found) -> found != null))
			.contains("GET /v5/iot/ops/batchtasks/ffffffffffffffffffffffff 404 ");
	}

	@Test
	void theDockerfileHealthCheckPassesAgainstTheRunningApplication() throws Exception {
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		Matcher cmd = Pattern.compile("HEALTHCHECK[^\\n]*\\\\\\n\\s*CMD (\\[.*\\])").matcher(dockerfile);
		assertThat(cmd.find()).isTrue();
		List<String> command = JsonMapper.builder().build().readValue(cmd.group(1), new TypeReference<List<String>>() {
		});
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("SERVER_PORT", String.valueOf(this.port));
		Process healthy = builder.start();
		assertThat(healthy.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(healthy.exitValue()).as(new String(healthy.getInputStream().readAllBytes())).isZero();

		// And it fails where nothing answers.
		builder.environment().put("SERVER_PORT", "1");
		Process unhealthy = builder.start();
		assertThat(unhealthy.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(unhealthy.exitValue()).isNotZero();
	}

	private static boolean builtWithGitData() throws IOException {
		ClassPathResource resource = new ClassPathResource("git.properties");
		if (!resource.exists()) {
			return false;
		}
		return PropertiesLoaderUtils.loadProperties(resource).containsKey("git.commit.id");
	}

	private String createTask(String name) {
		return api()
			.body(Map.of("task_name", name, "task_type", "firmwareUpgrade", "targets", DEVICES, "document",
					Map.of("package_ids", List.of("64a1f0c2d3e4f5a6b7c8d9ff"))))
			.post("/v5/iot/ops/batchtasks")
			.then()
			.statusCode(201)
			.extract()
			.path("task_id");
	}

	private static String stopPath(String taskId) {
		return "/v5/iot/ops/batchtasks/" + taskId + "/stop";
	}

	private String scrape() {
		return api().accept("text/plain").get("/actuator/prometheus").then().statusCode(200).extract().asString();
	}

	private static Pattern requests(String method, String uri, String status) {
		return Pattern.compile("http_server_requests_seconds_count\\{[^}]*method=\"" + method + "\"[^}]*status=\""
				+ status + "\"[^}]*uri=\"" + Pattern.quote(uri) + "\"[^}]*\\} [1-9]");
	}

	private static double gauge(String scrape, String name, String status) {
		Matcher matcher = Pattern.compile("(?m)^" + name + "\\{status=\"" + status + "\"\\} (\\S+)$").matcher(scrape);
		assertThat(matcher.find()).as("%s{status=%s} in the scrape", name, status).isTrue();
		return Double.parseDouble(matcher.group(1));
	}

	private static String lineWith(String output, String text) {
		return output.lines().filter((line) -> line.contains(text)).findFirst().orElse(null);
	}

	private static <T> T waitFor(Duration timeout, Supplier<T> supplier, java.util.function.Predicate<T> done) {
		long deadline = System.nanoTime() + timeout.toNanos();
		T value = supplier.get();
		while (!done.test(value) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			value = supplier.get();
		}
		return value;
	}

}
