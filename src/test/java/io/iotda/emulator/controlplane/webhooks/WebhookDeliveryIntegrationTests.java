package io.iotda.emulator.controlplane.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.ManualSimulationClock;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How deliveries to a receiver on the allow-list end, as the delivery log tells it: in
 * plain words, never a Java class name, and without following redirects.
 */
@ManualSimulationClock
class WebhookDeliveryIntegrationTests extends AbstractApiIntegrationTests {

	@BeforeEach
	void resetEmulator() {
		resetEmulatorOnManualClockAt("2036-01-01T00:00:00Z");
	}

	@AfterEach
	void forgetWebhooks() {
		resetThroughTheControlPlane();
	}

	@Test
	void logsARefusedConnectionInPlainWords() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			closedPort = socket.getLocalPort();
		}
		Map<String, Object> first = firstDeliveryTo("http://127.0.0.1:" + closedPort + "/hook");
		assertThat(first.get("error")).isEqualTo("connection refused");
		assertThat(first.get("outcome")).isEqualTo("retrying");
	}

	@Test
	void logsAReceiverThatAnswersNoHttpInPlainWords() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
			Thread answering = new Thread(() -> answerEveryConnection(server, "SSH-2.0-OpenSSH_9.6\r\n"));
			answering.setDaemon(true);
			answering.start();
			Map<String, Object> first = firstDeliveryTo("http://127.0.0.1:" + server.getLocalPort() + "/hook");
			assertThat(first.get("error")).isEqualTo("invalid HTTP response");
		}
	}

	@Test
	void doesNotFollowRedirects() throws Exception {
		AtomicInteger redirected = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		int port;
		server.createContext("/hook", (exchange) -> {
			exchange.getResponseHeaders()
				.add("Location", "http://127.0.0.1:" + server.getAddress().getPort() + "/elsewhere");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		server.createContext("/elsewhere", (exchange) -> {
			redirected.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.start();
		try {
			port = server.getAddress().getPort();
			Map<String, Object> first = firstDeliveryTo("http://127.0.0.1:" + port + "/hook");
			assertThat(first.get("http_status")).isEqualTo(302);
			assertThat(first.get("outcome")).isEqualTo("retrying");
			assertThat(first).doesNotContainKey("error");
			assertThat(redirected).hasValue(0);
		}
		finally {
			server.stop(0);
		}
	}

	/** Registers the URL, makes one task change status, and returns the first attempt. */
	private Map<String, Object> firstDeliveryTo(String url) {
		String webhookId = api().body(Map.of("url", url))
			.post("/_emulator/webhooks")
			.then()
			.statusCode(201)
			.extract()
			.path("id");
		loadACommandTaskAndAdvanceTheClock(15);
		// (retries of an earlier test's webhook may still land in the log: only this
		// one's count)
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !deliveries(webhookId).isEmpty());
		List<Map<String, Object>> deliveries = new ArrayList<>(deliveries(webhookId));
		Map<String, Object> first = deliveries.get(deliveries.size() - 1);
		assertThat(first.get("attempt")).isEqualTo(1);
		String log = api().get("/_emulator/webhooks/deliveries").asString();
		assertThat(log).doesNotContain("java.", "Exception", "jdk.");
		return first;
	}

	private List<Map<String, Object>> deliveries(String webhookId) {
		List<Map<String, Object>> all = api().get("/_emulator/webhooks/deliveries").jsonPath().getList("deliveries");
		return all.stream().filter((delivery) -> webhookId.equals(delivery.get("webhook_id"))).toList();
	}

	private static void answerEveryConnection(ServerSocket server, String answer) {
		while (!server.isClosed()) {
			try (Socket connection = server.accept()) {
				connection.getInputStream().read(new byte[65536]);
				OutputStream out = connection.getOutputStream();
				out.write(answer.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				connection.shutdownOutput();
				connection.getInputStream().readAllBytes();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

}
