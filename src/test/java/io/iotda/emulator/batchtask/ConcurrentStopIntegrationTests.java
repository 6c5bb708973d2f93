package io.iotda.emulator.batchtask;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many clients stopping overlapping targets and whole tasks at once: the task row lock
 * serializes them, so no subtask is stopped twice, no success is lost, counters never
 * drift and nothing deadlocks.
 */
class ConcurrentStopIntegrationTests extends AbstractBatchTaskApiIntegrationTests {

	private static final String STOP = BASE + "/{task_id}/stop";

	private static final int THREADS = 16;

	private static final int REQUESTS_PER_THREAD = 15;

	@Test
	void serializesOverlappingTargetedAndWholeTaskStops() throws Exception {
		List<String> targets = devices(1000);
		String targetedOnly = createTask("firmwareUpgrade", targets);
		String mixed = createTask("softwareUpgrade", targets);
		ConcurrentLinkedQueue<String> targetedSuccesses = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> mixedSuccesses = new ConcurrentLinkedQueue<>();
		AtomicInteger wholeStopsAccepted = new AtomicInteger();
		AtomicInteger refusals = new AtomicInteger();
		ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		for (int t = 0; t < THREADS; t++) {
			long seed = t;
			pool.submit(() -> {
				Random random = new Random(seed);
				start.await();
				for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
					boolean onMixed = random.nextBoolean();
					String taskId = onMixed ? mixed : targetedOnly;
					String body = (onMixed && random.nextInt(10) == 0) ? "{}"
							: "{\"targets\":" + json(pick(targets, 10, random)) + "}";
					Response response = api().body(body).post(STOP, PROJECT, taskId);
					int status = response.statusCode();
					if (status == 200) {
						List<Map<String, String>> results = response.jsonPath().getList("targets");
						if (body.equals("{}")) {
							wholeStopsAccepted.incrementAndGet();
						}
						for (Map<String, String> result : results) {
							if ("success".equals(result.get("status"))) {
								(onMixed ? mixedSuccesses : targetedSuccesses).add(result.get("target"));
							}
							else if (!"IOTDA.014220".equals(result.get("error_code"))) {
								unexpected.add(result.toString());
							}
						}
					}
					else if (status == 403 && onMixed) {
						refusals.incrementAndGet();
					}
					else {
						unexpected.add(status + " " + response.asString());
					}
				}
				return null;
			});
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).as("all clients finished").isTrue();

		assertThat(unexpected).as("answers other than success, 014220, or 403 after a whole stop").isEmpty();
		assertThat(duplicates(targetedSuccesses)).as("targets stopped twice").isEmpty();
		assertThat(duplicates(mixedSuccesses)).as("targets stopped twice").isEmpty();
		assertThat(stoppedTargets(targetedOnly)).containsExactlyInAnyOrderElementsOf(targetedSuccesses);
		assertThat(stoppedTargets(mixed)).containsAll(mixedSuccesses);
		if (wholeStopsAccepted.get() > 0) {
			assertThat(wholeStopsAccepted.get()).as("only one whole-task stop can be accepted").isEqualTo(1);
			assertThat(stoppedTargets(mixed)).hasSize(1000);
		}
		assertCountersMatchRows(targetedOnly);
		assertCountersMatchRows(mixed);
	}

	private Set<String> stoppedTargets(String taskId) {
		return new HashSet<>(this.jdbc.queryForList(
				"SELECT target FROM batch_subtask WHERE task_id = ? AND status = 'Stopped'", String.class, taskId));
	}

	private static List<String> pick(List<String> from, int count, Random random) {
		List<String> copy = new ArrayList<>(from);
		Collections.shuffle(copy, random);
		return copy.subList(0, count);
	}

	private static List<String> duplicates(Iterable<String> values) {
		Map<String, Integer> seen = new HashMap<>();
		values.forEach((value) -> seen.merge(value, 1, Integer::sum));
		return seen.entrySet().stream().filter((e) -> e.getValue() > 1).map(Map.Entry::getKey).toList();
	}

}
