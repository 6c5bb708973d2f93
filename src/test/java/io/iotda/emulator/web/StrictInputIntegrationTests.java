package io.iotda.emulator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.RawHttp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input that could be read two ways is refused: a JSON key given twice (the last would
 * win), and numbers in query parameters spelled other than in ASCII decimal digits.
 */
class StrictInputIntegrationTests extends AbstractApiIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TASKS = "/v5/iot/strict1/batchtasks";

	@Test
	void aStopNamingTargetsTwiceOverIsRefusedAndStopsNothing() {
		String taskId = createTask("strict-dup");

		api().body("{\"targets\":[\"k0\"],\"targets\":[]}")
			.post(TASKS + "/{id}/stop", taskId)
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000008"));

		api().get(TASKS + "/{id}", taskId)
			.then()
			.statusCode(200)
			.body("batchtask.status", not(oneOf("Stopping", "Stopped")))
			.body("batchtask.task_progress.stopped", equalTo(0));
	}

	@Test
	void aDuplicateKeyInANestedObjectIsRefused() {
		api().body("""
				{"task_name":"strict_nested","task_type":"firmwareUpgrade","targets":["k0"],
				 "task_policy":{"retry_count":1,"retry_interval":5,"retry_count":5}}""")
			.post(TASKS)
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000008"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM batch_task", Integer.class)).isZero();
	}

	@Test
	void aDuplicateKeyInAControlPlaneBodyIsRefused() {
		api().body("{\"devices\":[\"g-1\"],\"devices\":[\"g-2\"]}")
			.put("/_emulator/projects/strict1/groups/{group}", "dups")
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000008"));
		api().get("/_emulator/projects/strict1/groups/{group}", "dups").then().statusCode(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0x10", "0X10", "%2310", "%2B10", "+10", "%2010", "10%20", "1e1", "%EF%BC%91%EF%BC%90",
			"-0x1", "%E0%A5%A7" })
	void aLimitNotInDecimalDigitsIsRefused(String limit) throws Exception {
		assertRefused(TASKS + "?task_type=firmwareUpgrade&limit=" + limit, "IOTDA.000017");
		assertRefused(TASKS + "/0123456789abcdef01234567?limit=" + limit, "IOTDA.000017");
		assertRefused("/_emulator/requests?limit=" + limit, "IOTDA.000017");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0x10", "%2310", "%2B10", "+10", "1e1", "%EF%BC%91%EF%BC%90" })
	void anOffsetNotInDecimalDigitsIsRefused(String offset) throws Exception {
		assertRefused(TASKS + "?task_type=firmwareUpgrade&offset=" + offset, "IOTDA.000018");
		assertRefused(TASKS + "/0123456789abcdef01234567?offset=" + offset, "IOTDA.000018");
	}

	@Test
	void leadingZerosAreStillDecimal() throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "GET",
				TASKS + "?task_type=firmwareUpgrade&limit=010&offset=00", List.of(), null, TIMEOUT);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	private void assertRefused(String target, String code) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "GET", target, List.of(), null, TIMEOUT);
		assertThat(response.status()).as("%s: %s", target, response.body()).isEqualTo(400);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("error_code").asString()).as(target).isEqualTo(code);
		assertThat(response.header("X-Request-Id")).as(target).isNotBlank();
	}

	private String createTask(String name) {
		return api()
			.body("{\"task_name\":\"" + name.replace('-', '_')
					+ "\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"k0\",\"k1\"]}")
			.post(TASKS)
			.then()
			.statusCode(201)
			.extract()
			.path("task_id");
	}

}
