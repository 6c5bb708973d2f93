package io.iotda.emulator.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Clients that send their bodies (or headers) a byte at a time cannot take the emulator
 * from everyone else: with four worker threads, twelve clients trickling bodies and four
 * trickling headers to 127.0.0.1, a plain request is still answered well before the
 * trickling would end, and the slow bodies are cut off with 400 {@code IOTDA.000008}.
 * Every client is bounded in time; all of them stop within {@link #TRICKLE_FOR}.
 */
@TestPropertySource(properties = { "server.tomcat.threads.max=4", "server.tomcat.threads.min-spare=1",
		"iotda.limits.body-read-timeout=2s" })
class SlowClientsIntegrationTests extends AbstractApiIntegrationTests {

	private static final int SLOW_BODIES = 12;

	private static final int SLOW_HEADERS = 4;

	private static final Duration TRICKLE_FOR = Duration.ofSeconds(45);

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);

	@Test
	void slowClientsDoNotStarveAPlainRequest() throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(SLOW_BODIES + SLOW_HEADERS);
		try {
			List<Future<String>> bodies = new ArrayList<>();
			for (int i = 0; i < SLOW_BODIES; i++) {
				bodies.add(clients.submit(() -> trickle("""
						POST /v5/iot/slow1/batchtasks HTTP/1.1\r
						Host: 127.0.0.1\r
						Content-Type: application/json\r
						Content-Length: 100000\r
						\r
						{""", ' ')));
			}
			for (int i = 0; i < SLOW_HEADERS; i++) {
				clients.submit(() -> trickle(
						"GET /v5/iot/slow1/batchtasks?task_type=firmwareUpgrade HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a",
						'a'));
			}
			// let the slow clients take every worker thread first
			Thread.sleep(1_500);

			long start = System.nanoTime();
			RawHttp.Response plain = RawHttp.send(this.port, "GET",
					"/v5/iot/slow1/batchtasks?task_type=firmwareUpgrade", List.of(), null, TRICKLE_FOR.multipliedBy(2));
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			assertThat(plain.status()).isEqualTo(200);
			assertThat(took).isLessThan(ANSWER_WITHIN);
			List<String> answers = new ArrayList<>();
			for (Future<String> body : bodies) {
				answers.add(body.get(TRICKLE_FOR.toSeconds() + 30, TimeUnit.SECONDS));
			}
			assertThat(answers).noneMatch((answer) -> answer.startsWith("HTTP/1.1 2"))
				.noneMatch((answer) -> answer.startsWith("HTTP/1.1 5"))
				.anyMatch((answer) -> answer.startsWith("HTTP/1.1 400") && answer.contains("\"IOTDA.000008\""));
		}
		finally {
			clients.shutdownNow();
			clients.awaitTermination(TRICKLE_FOR.toSeconds() + 30, TimeUnit.SECONDS);
		}
	}

	/**
	 * Sends {@code start}, then one more {@code filler} byte every 200 ms until the
	 * server answers or closes, or {@link #TRICKLE_FOR} has passed; returns what the
	 * server answered (empty when nothing).
	 */
	private String trickle(String start, char filler) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 10_000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			out.write(start.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			long end = System.nanoTime() + TRICKLE_FOR.toNanos();
			try {
				while (System.nanoTime() < end && in.available() == 0) {
					Thread.sleep(200);
					out.write(filler);
					out.flush();
				}
			}
			catch (IOException ex) {
				// the server closed the connection: read what it answered
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return "";
			}
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			try {
				in.transferTo(answer);
			}
			catch (IOException ex) {
				// reset or timed out after (part of) an answer
			}
			return answer.toString(StandardCharsets.ISO_8859_1);
		}
	}

}
