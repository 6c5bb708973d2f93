package com.example.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.region.Region;
import com.huaweicloud.sdk.iotda.v5.IoTDAClient;
import com.huaweicloud.sdk.iotda.v5.model.BatchTargets;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTask;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.ShowBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.StopBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.StopBatchTaskResponse;
import io.iotda.emulator.IotdaEmulatorApplication;
import io.iotda.emulator.support.AbstractApiIntegrationTests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

/**
 * The client recipes of {@code docs/testing-your-app.md}, run against the emulator in
 * {@code verify} mode with the settings the page gives: the official Java SDK with AK/SK
 * signing in both its forms (plain {@code SDK-HMAC-SHA256} and the derived
 * {@code V11-HMAC-SHA256}), and a token client of the fake IAM. Each is checked through
 * the verify API, which in verify mode needs the control plane's own token. It names the
 * emulator's application class: from this package, Spring Boot would find the example
 * application's.
 */
@SpringBootTest(classes = IotdaEmulatorApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "iotda.auth.mode=verify", "iotda.auth.access-keys[0].ak=FLEETAK0000000000001",
		"iotda.auth.access-keys[0].sk=fleet-secret-key-0000000001", "iotda.auth.access-keys[0].projects=fleet",
		"iotda.auth.users[0].name=fleet-ci", "iotda.auth.users[0].password=fleet-ci-password",
		"iotda.auth.users[0].domain=fleet-domain", "iotda.auth.users[0].projects[0].id=fleet",
		"iotda.emulator.control-plane.token=" + SdkRecipesIntegrationTests.CONTROL_PLANE_TOKEN })
class SdkRecipesIntegrationTests extends AbstractApiIntegrationTests {

	static final String CONTROL_PLANE_TOKEN = "fleet-control-plane-token";

	@BeforeEach
	void emptyTheJournal() {
		api().header("X-Emulator-Token", CONTROL_PLANE_TOKEN).delete("/_emulator/requests").then().statusCode(204);
	}

	@Test
	void theSdkSignsWithItsAccessKey() {
		// tag::sdk-client[]
		IoTDAClient client = IoTDAClient.newBuilder()
			.withCredential(new BasicCredentials().withAk("FLEETAK0000000000001")
				.withSk("fleet-secret-key-0000000001")
				.withProjectId("fleet"))
			.withEndpoint(emulatorUrl())
			.build();

		String taskId = client
			.createBatchTask(new CreateBatchTaskRequest().withBody(new CreateBatchTask().withTaskName("wave_1")
				.withTaskType("firmwareUpgrade")
				.withTargets(List.of("A", "B", "C"))
				.withDocument(Map.of("package_ids", List.of("pkg-1")))))
			.getTaskId();
		StopBatchTaskResponse stopped = client.stopBatchTask(new StopBatchTaskRequest().withTaskId(taskId)
			.withBody(new BatchTargets().withTargets(List.of("A", "B"))));
		// end::sdk-client[]

		assertThat(stopped.getTargets()).extracting((result) -> result.getStatus())
			.containsExactly("success", "success");
		assertSigned("SDK-HMAC-SHA256 Access=FLEETAK0000000000001, ", 2);
	}

	@Test
	void theSdkSignsInTheDerivedFormWhenAsked() {
		// tag::sdk-derived[]
		IoTDAClient client = IoTDAClient.newBuilder()
			.withCredential(new BasicCredentials().withAk("FLEETAK0000000000001")
				.withSk("fleet-secret-key-0000000001")
				.withProjectId("fleet")
				.withDerivedPredicate(BasicCredentials.DEFAULT_DERIVED_PREDICATE))
			.withRegion(new Region("cn-north-4", emulatorUrl()))
			.build();
		// end::sdk-derived[]

		String taskId = client.createBatchTask(new CreateBatchTaskRequest().withBody(
				new CreateBatchTask().withTaskName("derived").withTaskType("createMessages").withTargets(List.of("A"))))
			.getTaskId();
		assertThat(client.showBatchTask(new ShowBatchTaskRequest().withTaskId(taskId)).getBatchtask().getTaskId())
			.isEqualTo(taskId);
		assertSigned("V11-HMAC-SHA256 Credential=FLEETAK0000000000001/", 2);
	}

	@Test
	void aTokenClientGetsItsTokenFromTheFakeIam() throws Exception {
		// tag::token[]
		HttpClient http = HttpClient.newHttpClient();
		String login = """
				{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"fleet-ci",
				  "password":"fleet-ci-password","domain":{"name":"fleet-domain"}}}},
				 "scope":{"project":{"id":"fleet"}}}}""";
		HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create(emulatorUrl() + "/v3/auth/tokens"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(login))
			.build(), BodyHandlers.ofString());
		String token = issued.headers().firstValue("X-Subject-Token").orElseThrow();

		HttpResponse<String> tasks = http.send(
				HttpRequest.newBuilder(URI.create(emulatorUrl() + "/v5/iot/fleet/batchtasks?task_type=firmwareUpgrade"))
					.header("X-Auth-Token", token)
					.build(),
				BodyHandlers.ofString());
		// end::token[]

		assertThat(issued.statusCode()).isEqualTo(201);
		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(tasks.body()).contains("\"batchtasks\":[]");
		api().header("X-Emulator-Token", CONTROL_PLANE_TOKEN)
			.body("{\"headers\":{\"X-Auth-Token\":\"****\"},\"status\":200,\"expected_count\":1}")
			.post("/_emulator/requests/count")
			.then()
			.statusCode(200)
			.body("as_expected", equalTo(true));
	}

	private String emulatorUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * Asserts through the verify API that {@code count} calls were signed in this form
	 * and answered 2xx, the signature itself masked.
	 */
	private void assertSigned(String authorizationStart, int count) {
		List<Map<String, Object>> requests = api().header("X-Emulator-Token", CONTROL_PLANE_TOKEN)
			.get("/_emulator/requests?project_id=fleet")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getList("requests");
		assertThat(requests).hasSize(count).allSatisfy((request) -> {
			assertThat((Integer) request.get("status")).isBetween(200, 299);
			@SuppressWarnings("unchecked")
			Map<String, String> headers = (Map<String, String>) request.get("request_headers");
			assertThat(headers.get("Authorization")).startsWith(authorizationStart).endsWith("Signature=****");
		});
	}

}
