package io.iotda.emulator.batchtask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.iotda.emulator.support.TestDatabase;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A stop that PostgreSQL picks as a deadlock's loser is run again (its transaction was
 * rolled back whole) and answers as if it had only waited: never a 500.
 */
class DeadlockRetryIntegrationTests extends AbstractBatchTaskApiIntegrationTests {

	private static final String WAITING_ON_A_LOCK = "SELECT EXISTS (SELECT 1 FROM pg_locks l "
			+ "JOIN pg_stat_activity a ON a.pid = l.pid WHERE NOT l.granted AND a.datname = current_database())";

	@Test
	void runsAWholeTaskStopThatLostADeadlockAgain() throws Exception {
		String taskId = createTask("firmwareUpgrade", devices(3));

		Response stopped;
		try (Connection other = TestDatabase.get().connect()) {
			other.setAutoCommit(false);
			// another writer holds the subtasks (the opposite order to every writer of
			// the
			// emulator)
			try (PreparedStatement subtasks = other
				.prepareStatement("UPDATE batch_subtask SET updated_at = updated_at WHERE task_id = ?")) {
				subtasks.setString(1, taskId);
				assertThat(subtasks.executeUpdate()).isEqualTo(3);
			}
			CompletableFuture<Response> stop = CompletableFuture
				.supplyAsync(() -> api().body("{}").post(BASE + "/{task_id}/stop", PROJECT, taskId));
			awaitALockWait();
			// ... and now wants the task row the stop holds: PostgreSQL ends the deadlock
			// by rolling the stop back (it waited first)
			try (PreparedStatement task = other.prepareStatement("SELECT id FROM batch_task WHERE id = ? FOR UPDATE")) {
				task.setString(1, taskId);
				try (ResultSet row = task.executeQuery()) {
					assertThat(row.next()).isTrue();
				}
			}
			other.commit();
			stopped = stop.get(30, TimeUnit.SECONDS);
		}

		stopped.then().statusCode(200).body("targets.size()", equalTo(0));
		api().get(BASE + "/{task_id}", PROJECT, taskId)
			.then()
			.statusCode(200)
			.body("batchtask.status", equalTo("Stopping"))
			.body("batchtask.task_progress.stopped", equalTo(3));
	}

	private static void awaitALockWait() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		try (Connection watcher = TestDatabase.get().connect();
				PreparedStatement waiting = watcher.prepareStatement(WAITING_ON_A_LOCK)) {
			while (System.nanoTime() < deadline) {
				try (ResultSet row = waiting.executeQuery()) {
					if (row.next() && row.getBoolean(1)) {
						return;
					}
				}
				Thread.sleep(10);
			}
		}
		throw new AssertionError("the stop never waited for the subtasks' locks");
	}

}
