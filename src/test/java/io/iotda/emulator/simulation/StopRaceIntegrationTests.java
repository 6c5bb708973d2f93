package io.iotda.emulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Stops racing devices that finish: whichever transaction commits first decides, and the
 * loser's change is not applied. Each device either was stopped (the stop answered
 * success) or finished (the stop answered IOTDA.014220), never both, never neither.
 */
class StopRaceIntegrationTests extends AbstractManualClockIntegrationTests {

	@Test
	void eachStopRacingCompletionIsDecidedByWhicheverCommitsFirst() throws Exception {
		rule("""
				{"pattern":"anchor","outcome":"stuck"}""");
		List<String> devices = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			devices.add("race-" + i);
		}
		List<String> targets = new ArrayList<>(devices);
		targets.add("anchor");
		String taskId = createUpgrade(targets.toArray(String[]::new));
		advance(34);
		assertThat(progress(taskId)).isEqualTo(Map.of("total", 61, "processing", 61));

		Map<String, String> answers = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(5);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> futures = new ArrayList<>();
		futures.add(pool.submit(() -> {
			go.await();
			advance(1);
			return null;
		}));
		for (int thread = 0; thread < 4; thread++) {
			int first = thread;
			futures.add(pool.submit(() -> {
				go.await();
				for (int i = first; i < devices.size(); i += 4) {
					String device = devices.get(i);
					Response response = api().body("{\"targets\":[\"" + device + "\"]}")
						.post(BASE + "/{task_id}/stop", PROJECT, taskId);
					assertThat(response.statusCode()).isEqualTo(200);
					String status = response.path("targets[0].status");
					answers.put(device,
							"success".equals(status) ? "stopped" : (String) response.path("targets[0].error_code"));
				}
				return null;
			}));
		}
		go.countDown();
		for (Future<?> future : futures) {
			future.get(120, TimeUnit.SECONDS);
		}
		pool.shutdown();

		Map<String, String> finalStatus = new java.util.HashMap<>();
		this.jdbc.query("SELECT target, status FROM batch_subtask WHERE task_id = ?", (rs) -> {
			finalStatus.put(rs.getString("target"), rs.getString("status"));
		}, taskId);
		for (String device : devices) {
			if (answers.get(device).equals("stopped")) {
				assertThat(finalStatus.get(device)).as(device).isEqualTo("Stopped");
			}
			else {
				assertThat(answers.get(device)).as(device).isEqualTo("IOTDA.014220");
				assertThat(finalStatus.get(device)).as(device).isEqualTo("Success");
			}
		}
		assertThat(finalStatus.get("anchor")).isEqualTo("Processing");
		assertCountersMatchRows(taskId);
		advance(600);
		Map<String, String> later = details(taskId);
		devices.stream()
			.filter((d) -> later.containsKey(d))
			.forEach((d) -> assertThat(later.get(d)).isEqualTo(finalStatus.get(d)));
	}

}
