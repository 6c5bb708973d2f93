package io.iotda.emulator.controlplane.webhooks;

import static io.iotda.emulator.support.IotdaEnvelopes.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.sun.net.httpserver.HttpServer;
import io.iotda.emulator.support.AbstractApiIntegrationTests;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Webhooks with the default destination rules (no allow-list): a webhook cannot point at
 * loopback, link-local, private or other non-public addresses, neither at registration
 * nor, when its name resolves there, at delivery.
 */
class WebhookDestinationIntegrationTests extends AbstractApiIntegrationTests {

	@BeforeEach
	@AfterEach
	void resetEmulator() {
		resetThroughTheControlPlane();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			http://169.254.169.254/latest/meta-data/ | url destination not allowed: link-local address
			http://127.0.0.1:8080/_emulator/reset    | url destination not allowed: loopback address
			http://localhost:8080/_emulator/reset    | url destination not allowed: loopback address
			http://[::1]:5432/                       | url destination not allowed: loopback address
			http://[::ffff:127.0.0.1]:22/            | url destination not allowed: loopback address
			http://[fe80::1]/                        | url destination not allowed: link-local address
			http://10.0.0.5/                         | url destination not allowed: private address
			http://172.16.3.4:6379/                  | url destination not allowed: private address
			http://192.168.1.1/admin                 | url destination not allowed: private address
			http://[fd00::1]/                        | url destination not allowed: private address
			http://100.64.1.1/                       | url destination not allowed: carrier-grade NAT address
			http://0.0.0.0:8080/                     | url destination not allowed: unspecified address
			http://224.0.0.1/                        | url destination not allowed: multicast address
			http://2130706433/                       | url must name a host or a dotted-quad IPv4 address
			ftp://example.com/hook                   | url must be an absolute http or https URL
			""")
	void refusesWebhooksToDestinationsThatAreNotPublic(String url, String detail) {
		assertRefused(api().body(Map.of("url", url)).post("/_emulator/webhooks"), 400, "IOTDA.000006").body("error_msg",
				equalTo("Invalid input data. " + detail + "."));
		api().get("/_emulator/webhooks").then().statusCode(200).body("webhooks", hasSize(0));
	}

	@Test
	void acceptsAPublicDestination() {
		api().body(Map.of("url", "https://receiver.example.com/iotda", "project_id", "p1"))
			.post("/_emulator/webhooks")
			.then()
			.statusCode(201)
			.body("url", equalTo("https://receiver.example.com/iotda"));
	}

	@Test
	void checksTheAddressADeliveryConnectsToAndNeverConnectsToALoopbackOne() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			calls.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.start();
		try {
			// Rows as an earlier configuration (or another instance's allow-list) left
			// them: the name resolves to loopback only when the notification is sent.
			int port = server.getAddress().getPort();
			this.jdbc.update("INSERT INTO emulator_webhook (id, url, project_id, created_at) VALUES "
					+ "('0000000000000000000000a1', ?, NULL, now()), ('0000000000000000000000a2', ?, NULL, now())",
					"http://localhost:" + port + "/hook", "http://127.0.0.1:" + port + "/hook");
			loadACommandTaskAndAdvanceTheClock(120);

			Awaitility.await()
				.atMost(Duration.ofSeconds(15))
				.until(() -> deliveries().size() >= 2
						&& deliveries().stream().map((d) -> d.get("webhook_id")).distinct().count() == 2);
			List<Map<String, Object>> deliveries = deliveries();
			assertThat(deliveries).allSatisfy((delivery) -> {
				assertThat(delivery.get("outcome")).isEqualTo("failed");
				assertThat(delivery.get("attempt")).isEqualTo(1);
				assertThat(delivery.get("error")).isEqualTo("destination not allowed: loopback address");
				assertThat(delivery).doesNotContainKey("http_status");
			});
			assertThat(calls).hasValue(0);
		}
		finally {
			server.stop(0);
		}
	}

	private List<Map<String, Object>> deliveries() {
		return api().get("/_emulator/webhooks/deliveries").jsonPath().getList("deliveries");
	}

}
