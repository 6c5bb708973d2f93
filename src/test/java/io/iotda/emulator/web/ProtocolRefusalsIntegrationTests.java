package io.iotda.emulator.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.RawHttp;
import io.iotda.emulator.support.RawHttp.Header;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Tomcat refuses before any filter or controller runs, sent byte for byte over a
 * socket: each is a client error (never a 5xx, which an SDK would retry for ever) in the
 * IoTDA envelope, with an {@code X-Request-Id} and the very {@code Content-Type} of the
 * application's own answers.
 */
class ProtocolRefusalsIntegrationTests extends AbstractApiIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String LIST = "/v5/iot/proto1/batchtasks?task_type=firmwareUpgrade";

	static Stream<Arguments> refusedRequests() {
		return Stream.of(
				refused("an unknown Transfer-Encoding",
						"POST /v5/iot/proto1/batchtasks HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n"),
				refused("an unknown Transfer-Encoding before chunked",
						"POST /v5/iot/proto1/batchtasks HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: foo, chunked\r\n\r\n"
								+ "0\r\n\r\n"),
				refused("HTTP/1.2", "GET " + LIST + " HTTP/1.2\r\nHost: x\r\n\r\n"),
				refused("HTTP/2.0 on the HTTP/1 connector", "GET " + LIST + " HTTP/2.0\r\nHost: x\r\n\r\n"),
				refused("HTTP/3.0", "GET " + LIST + " HTTP/3.0\r\nHost: x\r\n\r\n"),
				refused("no Host header", "GET " + LIST + " HTTP/1.1\r\n\r\n"),
				refused("an Expect the server does not know",
						"POST /v5/iot/proto1/batchtasks HTTP/1.1\r\nHost: x\r\nExpect: later\r\nContent-Length: 2\r\n\r\n{}"));
	}

	private static Arguments refused(String name, String request) {
		return Arguments.of(Named.of(name, request.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n")));
	}

	@ParameterizedTest
	@MethodSource("refusedRequests")
	void aRequestTomcatRefusesIsABadRequestInTheEnvelope(String request) throws Exception {
		JsonNode body = assertErrorEnvelope(RawHttp.sendRaw(this.port, request, TIMEOUT), 400, "IOTDA.000008");

		assertThat(body.get("error_msg").asString()).isEqualTo("Invalid input. The request format is invalid.");
	}

	@ParameterizedTest
	@MethodSource("methodsNoOperationHas")
	void connectAndTraceAreMethodsNoOperationHas(String request) throws Exception {
		RawHttp.Response response = RawHttp.sendRaw(this.port, request, TIMEOUT);

		assertThat(assertErrorEnvelope(response, 404, "APIGW.0101").get("request_id").asString())
			.isEqualTo(response.header("X-Request-Id"));
	}

	static Stream<Arguments> methodsNoOperationHas() {
		return Stream.of(
				Arguments.of(Named.of("CONNECT host:port",
						"CONNECT 127.0.0.1:5432 HTTP/1.1\r\nHost: 127.0.0.1:5432\r\nConnection: close\r\n\r\n")),
				Arguments.of(Named.of("CONNECT with a path",
						"CONNECT /v5/iot/proto1/batchtasks HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")),
				Arguments.of(Named.of("TRACE",
						"TRACE /v5/iot/proto1/batchtasks HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")));
	}

	@Test
	void anHttp09RequestGetsAWholeHttp11BadRequest() throws Exception {
		assertErrorEnvelope(RawHttp.sendRaw(this.port, "GET " + LIST + "\r\n", TIMEOUT), 400, "IOTDA.000008");
	}

	@Test
	void everyErrorHasTheContentTypeOfTheApplicationsAnswers() throws Exception {
		String success = RawHttp.send(this.port, "GET", LIST, List.of(), null, TIMEOUT).header("Content-Type");
		// written by Tomcat's error report (no Host header)
		String tomcat = RawHttp.sendRaw(this.port, "GET " + LIST + " HTTP/1.1\r\nConnection: close\r\n\r\n", TIMEOUT)
			.header("Content-Type");
		// written by a servlet filter before Spring MVC (body over the limit)
		String filter = RawHttp
			.send(this.port, "POST", "/v5/iot/proto1/batchtasks",
					List.of(Header.of("Content-Type", "application/json"), Header.of("Content-Length", "99999999")),
					null, TIMEOUT)
			.header("Content-Type");
		// written by another filter (no concrete media type)
		String mediaType = RawHttp
			.send(this.port, "POST", "/v5/iot/proto1/batchtasks", List.of(Header.of("Content-Type", "*/*")),
					"{}".getBytes(StandardCharsets.UTF_8), TIMEOUT)
			.header("Content-Type");

		assertThat(List.of(tomcat, filter, mediaType, applicationErrorContentType())).containsOnly(success);
	}

	/** The Content-Type of an error Spring MVC answers (a body that is not JSON). */
	/**
	 * The answer has the status, its own request id, the error media type and the error
	 * code; its body, parsed.
	 */
	private JsonNode assertErrorEnvelope(RawHttp.Response response, int status, String code) throws IOException {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("X-Request-Id")).matches("[0-9a-f]{32}");
		assertThat(response.header("Content-Type")).isEqualTo(applicationErrorContentType());
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("error_code").asString()).isEqualTo(code);
		return body;
	}

	private String applicationErrorContentType() throws IOException {
		RawHttp.Response response = RawHttp.send(this.port, "POST", "/v5/iot/proto1/batchtasks",
				List.of(Header.of("Content-Type", "application/json")), "{".getBytes(StandardCharsets.UTF_8), TIMEOUT);
		assertThat(response.status()).isEqualTo(400);
		return response.header("Content-Type");
	}

}
