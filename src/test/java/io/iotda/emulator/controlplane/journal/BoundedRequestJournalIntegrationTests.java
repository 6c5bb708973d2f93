package io.iotda.emulator.controlplane.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The journal at its limits, on PostgreSQL: it keeps the newest {@code journal-size}
 * requests, drops the oldest for each new one and says how many it dropped (until it is
 * emptied), and keeps only the first {@code journal-body-excerpt} bytes of each body, cut
 * at a character boundary, saying that there was more, for bodies sent with a length and
 * chunked alike.
 */
@TestPropertySource(properties = { "iotda.emulator.journal-size=3", "iotda.emulator.journal-body-excerpt=16" })
class BoundedRequestJournalIntegrationTests extends AbstractApiIntegrationTests {

	@BeforeEach
	void emptyTheJournal() {
		api().delete("/_emulator/requests").then().statusCode(204);
	}

	@Test
	void keepsTheNewestRequestsAndCountsTheOnesItDropped() {
		for (int i = 1; i <= 5; i++) {
			api().get("/v5/iot/bounded/batchtasks?task_type=firmwareUpgrade&limit=" + i).then().statusCode(200);
		}

		JsonPath journal = api().get("/_emulator/requests").then().statusCode(200).extract().jsonPath();
		assertThat(journal.getList("requests.query", String.class)).containsExactly("task_type=firmwareUpgrade&limit=5",
				"task_type=firmwareUpgrade&limit=4", "task_type=firmwareUpgrade&limit=3");
		assertThat(journal.getLong("dropped")).isEqualTo(2);
		api().body("{\"method\":\"GET\",\"expected_count\":5}")
			.post("/_emulator/requests/count")
			.then()
			.statusCode(200)
			.body("count", equalTo(3))
			.body("as_expected", equalTo(false))
			.body("dropped", equalTo(2));

		api().delete("/_emulator/requests").then().statusCode(204);
		api().get("/_emulator/requests").then().body("requests", equalTo(List.of())).body("dropped", equalTo(0));
	}

	@Test
	void keepsOnlyTheStartOfEachBody() throws Exception {
		// 15 ASCII bytes, then "é" (two bytes) across the 16-byte limit
		String body = "{\"task_name\":\"xé\",\"task_type\":\"createMessages\",\"targets\":[\"m1\"]}";
		api().body(body).post("/v5/iot/bounded/batchtasks").then().statusCode(201);
		HttpResponse<String> chunked = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.build()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/v5/iot/bounded/batchtasks"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(chunked.statusCode()).isEqualTo(201);

		JsonPath journal = api().get("/_emulator/requests").then().statusCode(200).extract().jsonPath();
		for (int entry = 0; entry < 2; entry++) {
			String prefix = "requests[" + entry + "].";
			assertThat(journal.getString(prefix + "body_excerpt")).isEqualTo("{\"task_name\":\"x");
			assertThat(journal.getBoolean(prefix + "body_truncated")).isTrue();
			assertThat(journal.getString(prefix + "response_body_excerpt")).hasSize(16).startsWith("{\"task_id\":\"");
			assertThat(journal.getBoolean(prefix + "response_body_truncated")).isTrue();
		}
		Map<String, String> chunkedHeaders = journal.getMap("requests[0].request_headers");
		assertThat(chunkedHeaders.entrySet()).as("the second request was sent chunked")
			.anySatisfy((header) -> assertThat(header.getKey()).isEqualToIgnoringCase("Transfer-Encoding"))
			.noneSatisfy((header) -> assertThat(header.getKey()).isEqualToIgnoringCase("Content-Length"));
	}

}
