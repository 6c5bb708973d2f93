package io.iotda.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The default body limit (8MB) holds the largest create there is, 30,000 targets of the
 * longest device id, and refuses a larger body while it streams in, chunked, without
 * holding it.
 */
class DefaultBodyLimitIntegrationTests extends AbstractApiIntegrationTests {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void aThirtyThousandTargetCreateOfLongestIdsFitsTheDefaultLimit() throws Exception {
		StringBuilder body = new StringBuilder(
				"{\"task_name\":\"largest\",\"task_type\":\"firmwareUpgrade\",\"targets\":[");
		for (int i = 0; i < 30_000; i++) {
			String id = String.format("%06d", i);
			body.append(i == 0 ? "" : ",").append('"').append(id).append("x".repeat(128 - id.length())).append('"');
		}
		body.append("]}");
		assertThat(body.length()).isGreaterThan(3_900_000);
		HttpResponse<String> response = this.http.send(
				request("/v5/iot/big/batchtasks").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	@Test
	void aChunkedBodyOverTheDefaultLimitIsRefused() throws Exception {
		// 1MB over: within what Tomcat drains after an early answer (max-swallow-size,
		// 2MB), so the 413
		// reaches the client; with far more still unsent, Tomcat closes the connection
		// instead.
		long size = 9L * 1024 * 1024;
		HttpResponse<String> response = this.http.send(request("/v5/iot/big/batchtasks")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new EndlessJson(size)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"error_code\":\"APIG.0201\"");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json");
	}

	/** {@code {"targets":["xxxx...} of a given length, made as it is read. */
	private static final class EndlessJson extends InputStream {

		private static final byte[] HEAD = "{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\""
			.getBytes(StandardCharsets.UTF_8);

		private final long size;

		private long position;

		EndlessJson(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			if (this.position >= this.size) {
				return -1;
			}
			long at = this.position++;
			return (at < HEAD.length) ? HEAD[(int) at] : 'x';
		}

	}

}
