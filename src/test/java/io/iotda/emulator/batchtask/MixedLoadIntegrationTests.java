package io.iotda.emulator.batchtask;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Sixteen clients issue mixed stop (targeted and whole), retry (targeted and whole),
 * confirm, show, list and create requests against a few tasks for a bounded time; then
 * every invariant is checked against what the clients were told: no 5xx, one subtask per
 * (task, target), counters equal to the rows, and each per-target {@code success}
 * consistent with the final state. Between two phases, subtasks are moved to
 * {@code Success} and {@code Fail} with SQL under the task's row lock, so that retries
 * meet every retryable status; the execution simulator runs throughout, so the checks
 * allow for the moves it makes (it starts and finishes subtasks, and never stops one).
 */
class MixedLoadIntegrationTests extends AbstractBatchTaskApiIntegrationTests {

	private static final int CLIENTS = 16;

	private static final Duration PHASE = Duration.ofSeconds(12);

	private static final List<String> TARGETS = devices(200);

	/** One answered request, with when it was sent and answered (client clock). */
	record Exchange(String operation, String taskId, List<String> targets, int status,
			List<Map<String, String>> results, String body, long sentAt, long answeredAt) {

		boolean whole() {
			return this.targets.isEmpty();
		}

		List<String> succeeded() {
			return this.results.stream()
				.filter((r) -> "success".equals(r.get("status")))
				.map((r) -> r.get("target"))
				.toList();
		}

		/** Whether this exchange may have been served after {@code other}. */
		boolean mayFollow(Exchange other) {
			return this.answeredAt > other.sentAt;
		}

	}

	@Test
	void keepsEveryInvariantUnderMixedConcurrentLoad() throws Exception {
		String targetedOnly = createTask("firmwareUpgrade", TARGETS);
		String mixed = createTask("softwareUpgrade", TARGETS);
		String confirmable = assertCreated(
				"{\"task_name\":\"confirm_load\",\"task_type\":\"moduleUpgrade\",\"need_confirm\":true,"
						+ "\"targets\":" + json(TARGETS.subList(0, 100)) + "}")
			.extract()
			.path("task_id");
		List<String> tasks = List.of(targetedOnly, mixed, confirmable);

		List<Exchange> first = runClients(tasks, 1);

		// between phases: some subtasks finish, as the simulator would make them
		Map<String, String> outcomes = new HashMap<>();
		for (String target : TARGETS.subList(150, 200)) {
			outcomes.put(target, (target.hashCode() % 2 == 0) ? "Success" : "Fail");
		}
		finishUnderTaskLock(targetedOnly, outcomes);
		List<Exchange> second = runClients(List.of(targetedOnly), 2);

		List<Exchange> all = new ArrayList<>(first);
		all.addAll(second);
		System.out.printf("[load] %d requests in two phases of %s by %d clients%n", all.size(), PHASE, CLIENTS);
		assertThat(all.stream().filter((e) -> e.status() >= 500).map(Exchange::body).toList()).as("5xx answers")
			.isEmpty();
		assertThat(all.stream()
			.filter((e) -> !expected(e))
			.map((e) -> e.operation() + " " + e.status() + " " + e.body())
			.toList()).as("answers outside what each operation may answer").isEmpty();

		for (String taskId : this.jdbc.queryForList("SELECT id FROM batch_task", String.class)) {
			assertCountersMatchRows(taskId);
		}
		assertThat(this.jdbc.queryForList(
				"SELECT task_id FROM batch_subtask GROUP BY task_id, target HAVING count(*) > 1", String.class))
			.as("subtasks held twice")
			.isEmpty();

		assertTargetedOnlyAlternates(targetedOnly, first, second, outcomes);
		assertReportedResultsHold(mixed, first);
		assertConfirmedStarted(confirmable, first);
	}

	/**
	 * Only targeted stop and retry in phase 1, then whole and targeted in phase 2 after
	 * some subtasks finished: in phase 1 every target alternates stop, retry, stop; a
	 * finished target never moves and is refused.
	 */
	private void assertTargetedOnlyAlternates(String taskId, List<Exchange> first, List<Exchange> second,
			Map<String, String> outcomes) {
		Map<String, Integer> balance = new HashMap<>();
		for (Exchange exchange : first) {
			if (exchange.taskId().equals(taskId) && exchange.status() == 200
					&& List.of("stop", "retry").contains(exchange.operation())) {
				int step = exchange.operation().equals("stop") ? 1 : -1;
				exchange.succeeded().forEach((target) -> balance.merge(target, step, Integer::sum));
			}
		}
		assertThat(balance.values()).as("stop successes minus retry successes per target in phase 1")
			.allMatch((b) -> b == 0 || b == 1);
		outcomes.forEach((target, status) -> {
			if (status.equals("Success")) {
				assertThat(subtaskStatus(taskId, target)).as("a succeeded subtask never moves").isEqualTo("Success");
			}
		});
		for (Exchange exchange : second) {
			for (String target : exchange.succeeded()) {
				assertThat(outcomes.get(target)).as("success for a subtask that had succeeded").isNotEqualTo("Success");
			}
		}
		assertReportedResultsHold(taskId, second);
	}

	/**
	 * A target reported stopped is {@code Stopped} at the end unless a retry that may
	 * have come later covered it; a target reported retried is active at the end unless a
	 * stop that may have come later covered it.
	 */
	private void assertReportedResultsHold(String taskId, List<Exchange> exchanges) {
		List<Exchange> accepted = exchanges.stream()
			.filter((e) -> e.taskId().equals(taskId) && e.status() == 200)
			.toList();
		for (Exchange reported : accepted) {
			boolean stop = reported.operation().equals("stop");
			if (!stop && !reported.operation().equals("retry")) {
				continue;
			}
			String opposite = stop ? "retry" : "stop";
			for (String target : reported.succeeded()) {
				boolean undone = accepted.stream()
					.anyMatch((other) -> other != reported && other.operation().equals(opposite)
							&& other.mayFollow(reported) && (other.whole() || other.succeeded().contains(target)));
				if (!undone) {
					String status = subtaskStatus(taskId, target);
					if (stop) {
						assertThat(status).as("%s reported stopped, nothing may have retried it", target)
							.isEqualTo("Stopped");
					}
					else {
						// the simulator may have started or finished it since, but never
						// stops it
						assertThat(status).as("%s reported retried, nothing may have stopped it", target)
							.isNotEqualTo("Stopped");
					}
				}
			}
		}
		long wholeStops = accepted.stream().filter((e) -> e.operation().equals("stop") && e.whole()).count();
		assertThat(wholeStops).as("whole-task stops accepted").isLessThanOrEqualTo(1);
		if (wholeStops == 1) {
			assertThat(countRows(taskId).keySet()).as("statuses after an accepted whole-task stop")
				.doesNotContain("Waitting", "Processing", "FailWaitRetry");
		}
	}

	/** A target confirmed once is Processing at the end, and is confirmed only once. */
	private void assertConfirmedStarted(String taskId, List<Exchange> exchanges) {
		List<String> confirmed = new ArrayList<>();
		boolean wholeConfirmed = false;
		for (Exchange exchange : exchanges) {
			if (exchange.taskId().equals(taskId) && exchange.operation().equals("confirm")
					&& exchange.status() == 200) {
				confirmed.addAll(exchange.succeeded());
				wholeConfirmed |= exchange.whole();
			}
		}
		assertThat(confirmed).as("targets confirmed twice").doesNotHaveDuplicates();
		// started: Processing, or finished since by the simulator
		confirmed.forEach((target) -> assertThat(subtaskStatus(taskId, target)).isNotEqualTo("Waitting"));
		if (wholeConfirmed) {
			assertThat(countRows(taskId)).as("after a whole confirm").doesNotContainKey("Waitting");
		}
	}

	/**
	 * Finishes subtasks as the simulator would: under the task's row lock, with the
	 * counters recounted in the same transaction (the simulator keeps running meanwhile).
	 */
	private void finishUnderTaskLock(String taskId, Map<String, String> statusByTarget) throws Exception {
		try (java.sql.Connection connection = io.iotda.emulator.support.TestDatabase.get().connect()) {
			connection.setAutoCommit(false);
			try (var lock = connection.prepareStatement("SELECT id FROM batch_task WHERE id = ? FOR UPDATE");
					var update = connection
						.prepareStatement("UPDATE batch_subtask SET status = ? WHERE task_id = ? AND target = ?")) {
				lock.setString(1, taskId);
				lock.executeQuery().close();
				for (var entry : statusByTarget.entrySet()) {
					update.setString(1, entry.getValue());
					update.setString(2, taskId);
					update.setString(3, entry.getKey());
					update.addBatch();
				}
				update.executeBatch();
			}
			try (var recount = connection.prepareStatement("UPDATE batch_task t SET "
					+ "processing = (SELECT count(*) FROM batch_subtask s WHERE s.task_id = t.id AND s.status = 'Processing'), "
					+ "success = (SELECT count(*) FROM batch_subtask s WHERE s.task_id = t.id AND s.status = 'Success'), "
					+ "fail = (SELECT count(*) FROM batch_subtask s WHERE s.task_id = t.id AND s.status = 'Fail'), "
					+ "waitting = (SELECT count(*) FROM batch_subtask s WHERE s.task_id = t.id AND s.status = 'Waitting'), "
					+ "fail_wait_retry = (SELECT count(*) FROM batch_subtask s WHERE s.task_id = t.id AND s.status = 'FailWaitRetry'), "
					+ "stopped = (SELECT count(*) FROM batch_subtask s WHERE s.task_id = t.id AND s.status = 'Stopped'), "
					+ "removed = (SELECT count(*) FROM batch_subtask s WHERE s.task_id = t.id AND s.status = 'Removed') "
					+ "WHERE t.id = ?")) {
				recount.setString(1, taskId);
				recount.executeUpdate();
			}
			connection.commit();
		}
	}

	private boolean expected(Exchange exchange) {
		return switch (exchange.status()) {
			case 200, 201 -> true;
			// a status that refuses the operation: after a whole stop, or retry/confirm
			// on a
			// task whose status refuses it
			case 403 -> exchange.body().contains("IOTDA.014222");
			default -> false;
		};
	}

	private List<Exchange> runClients(List<String> tasks, int phase) throws InterruptedException {
		ConcurrentLinkedQueue<Exchange> exchanges = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		CountDownLatch start = new CountDownLatch(1);
		long end = System.nanoTime() + PHASE.toNanos();
		for (int client = 0; client < CLIENTS; client++) {
			Random random = new Random(phase * 1000L + client);
			pool.submit(() -> {
				try {
					start.await();
					while (System.nanoTime() < end) {
						exchanges.add(oneRequest(tasks, random, phase));
					}
				}
				catch (Throwable ex) {
					failures.add(ex);
				}
			});
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(PHASE.toSeconds() + 120, TimeUnit.SECONDS)).as("clients finished").isTrue();
		assertThat(failures).as("client failures").isEmpty();
		return new ArrayList<>(exchanges);
	}

	private Exchange oneRequest(List<String> tasks, Random random, int phase) {
		String taskId = tasks.get(random.nextInt(tasks.size()));
		boolean confirmable = tasks.size() == 3 && taskId.equals(tasks.get(2));
		boolean wholeAllowed = phase == 2 || (tasks.size() == 3 && taskId.equals(tasks.get(1)));
		int dice = random.nextInt(100);
		String operation;
		if (confirmable) {
			operation = (dice < 60) ? "confirm" : (dice < 80) ? "show" : (dice < 90) ? "list" : "create";
		}
		else {
			operation = (dice < 35) ? "stop"
					: (dice < 65) ? "retry" : (dice < 80) ? "show" : (dice < 90) ? "list" : "create";
		}
		long sentAt = System.nanoTime();
		switch (operation) {
			case "show" -> {
				Response response = api().queryParam("limit", 1 + random.nextInt(50))
					.get(BASE + "/{task_id}", PROJECT, taskId);
				return new Exchange(operation, taskId, List.of(), response.statusCode(), List.of(), response.asString(),
						sentAt, System.nanoTime());
			}
			case "list" -> {
				Response response = api().queryParam("task_type", "firmwareUpgrade").get(BASE, PROJECT);
				return new Exchange(operation, taskId, List.of(), response.statusCode(), List.of(), response.asString(),
						sentAt, System.nanoTime());
			}
			case "create" -> {
				Response response = api()
					.body("{\"task_name\":\"load\",\"task_type\":\"firmwareUpgrade\",\"targets\":"
							+ json(TARGETS.subList(0, 1 + random.nextInt(50))) + "}")
					.post(BASE, PROJECT);
				return new Exchange(operation, "", List.of(), response.statusCode(), List.of(), response.asString(),
						sentAt, System.nanoTime());
			}
			default -> {
				int limit = confirmable ? 100 : TARGETS.size();
				boolean whole = wholeAllowed && random.nextInt((operation.equals("stop") ? 150 : 25)) == 0;
				List<String> targets = new ArrayList<>();
				if (!whole) {
					int count = 1 + random.nextInt(10);
					for (int i = 0; i < count; i++) {
						targets.add(TARGETS.get(random.nextInt(limit)));
					}
					if (random.nextInt(10) == 0) {
						targets.add("not-in-task-" + random.nextInt(5));
					}
				}
				Response response = api().body(whole ? "{}" : "{\"targets\":" + json(targets) + "}")
					.post(BASE + "/{task_id}/" + operation, PROJECT, taskId);
				List<Map<String, String>> results = (response.statusCode() == 200)
						? response.jsonPath().getList("targets") : List.of();
				return new Exchange(operation, taskId, whole ? List.of() : targets, response.statusCode(), results,
						response.asString(), sentAt, System.nanoTime());
			}
		}
	}

}
