package io.iotda.emulator.batchtask;

import static org.hamcrest.Matchers.equalTo;

import io.iotda.emulator.support.ApiIntegrationTests;
import org.junit.jupiter.api.Test;

class StopBatchTaskIntegrationTests extends ApiIntegrationTests {

	@Test
	void stopsOneNamedTarget() {
		String taskId = api().body("""
				{"task_name":"t1","task_type":"firmwareUpgrade","targets":["d1","d2"]}""")
			.post("/v5/iot/p1/batchtasks")
			.then()
			.statusCode(201)
			.extract()
			.path("task_id");
		api().body("""
				{"targets":["d1"]}""")
			.post("/v5/iot/p1/batchtasks/{id}/stop", taskId)
			.then()
			.statusCode(200)
			.body("targets[0].status", equalTo("success"));
	}

}
