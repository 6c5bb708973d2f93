package io.iotda.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.IotdaEnvelopes;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits on what one request may carry and how often a project may ask: a small body
 * limit, the header size limit, and a per-project rate of one request in 100 seconds with
 * bursts of 5 (slow enough to hold on a loaded machine; the bucket maths is
 * {@link ProjectRateLimiterTests}).
 */
@TestPropertySource(properties = { "iotda.limits.max-body-size=2KB", "server.max-http-request-header-size=8KB",
		"iotda.rate-limit.requests-per-second=0.01", "iotda.rate-limit.burst=5" })
class RequestLimitsIntegrationTests extends AbstractApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void aBodyOverTheLimitIsRefusedByItsContentLength() {
		Response response = api().body(targets(3_000)).post("/v5/iot/body1/batchtasks");
		IotdaEnvelopes.assertGatewayRefusal(response, 413, "APIG.0201", equalTo("Request entity too large."));
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedWhileBeingRead() throws Exception {
		HttpResponse<String> response = postChunked("/v5/iot/body2/batchtasks", targets(3_000));
		assertThat(response.statusCode()).isEqualTo(413);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("error_code").asString()).isEqualTo("APIG.0201");
		assertThat(body.get("request_id").asString())
			.isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM batch_task", Integer.class)).isZero();
	}

	@Test
	void aChunkedBodyUnderTheLimitIsServed() throws Exception {
		HttpResponse<String> response = postChunked("/v5/iot/body3/batchtasks", targets(10));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	@Test
	void headersOverTheLimitAreRefused() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest
			.newBuilder(URI
				.create("http://127.0.0.1:" + this.port + "/v5/iot/headers1/batchtasks?task_type=firmwareUpgrade"))
			.header("X-Padding", "x".repeat(9 * 1024))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("error_code").asString()).isEqualTo("IOTDA.000008");
		assertThat(body.get("error_msg").asString()).isEqualTo("Invalid input. The request format is invalid.");
	}

	@Test
	void aProjectOverItsRateIsRefusedWhileOtherProjectsAreServed() {
		for (int i = 0; i < 5; i++) {
			api().get("/v5/iot/busy/batchtasks?task_type=firmwareUpgrade").then().statusCode(200);
		}
		for (int i = 0; i < 3; i++) {
			Response response = api().body("{}").post("/v5/iot/busy/batchtasks/0123456789abcdef01234567/stop");
			response.then()
				.statusCode(403)
				.header("X-Request-Id", not(emptyOrNullString()))
				.body("error_code", equalTo("IOTDA.021101"))
				.body("error_msg", equalTo("Request reached the maximum rate limit."));
		}
		api().get("/v5/iot/quiet/batchtasks?task_type=firmwareUpgrade").then().statusCode(200);
		api().get("/actuator/health").then().statusCode(200);
	}

	private HttpResponse<String> postChunked(String path, String body) throws Exception {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String targets(int count) {
		StringBuilder body = new StringBuilder(
				"{\"task_name\":\"limits\",\"task_type\":\"firmwareUpgrade\",\"targets\":[");
		for (int i = 0; i < count; i++) {
			body.append(i == 0 ? "" : ",").append("\"device_").append(i).append('"');
		}
		return body.append("]}").toString();
	}

}
