package io.iotda.emulator.batchtask;

import static org.mockito.Mockito.mock;

import tools.jackson.databind.json.JsonMapper;
import io.iotda.emulator.otapackage.OtaPackages;
import io.iotda.emulator.device.DeviceRegistry;
import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.web.TenantScope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator's way into the task tables on real PostgreSQL: one step claims a due
 * task, moves its due subtasks as the caller's policy says, keeps the counters, status
 * and notified status with them and sets when the task is next due. Each test runs in a
 * transaction that is rolled back; its tasks fall due long before any other test's.
 */
class TaskStepsTests extends AbstractPostgresJpaTests {

	private static final Instant T0 = Instant.parse("1990-01-01T00:00:00Z");

	private TaskSteps steps;

	@BeforeEach
	void steps() {
		this.steps = new TaskSteps(this.jdbc, this.tasks, new TaskEffects(mock(DeviceRegistry.class),
				mock(OtaPackages.class), this.jdbc, JsonMapper.builder().build()));
	}

	@Test
	void movesSubtasksThroughStartDelayRunAndOutcomeAsThePolicySays() {
		String id = newTask(null, null, "d1", "d2", "bad");
		Policy policy = new Policy(1000, 10_000);

		TaskSteps.Stepped first = this.steps.stepOne(T0, policy).orElseThrow();
		assertThat(first.taskId()).isEqualTo(id);
		assertThat(first.moved()).isEqualTo(3);
		assertThat(first.change()).isEmpty();
		assertThat(subtask(id, "d1")).containsEntry("status", "Waitting")
			.containsEntry("next_transition_at", Timestamp.from(T0.plusSeconds(5)))
			.containsEntry("attempts", 0);
		assertThat(task(id)).containsEntry("status", "Processing")
			.containsEntry("notified_status", "Processing")
			.containsEntry("next_due_at", Timestamp.from(T0.plusSeconds(5)));
		assertThat(this.steps.stepOne(T0, policy)).isEmpty();

		assertThat(this.steps.stepOne(T0.plusSeconds(5), policy).orElseThrow().moved()).isEqualTo(3);
		assertThat(subtask(id, "d2")).containsEntry("status", "Processing")
			.containsEntry("next_transition_at", Timestamp.from(T0.plusSeconds(15)))
			.containsEntry("attempts", 1);
		assertThat(task(id)).containsEntry("processing", 3).containsEntry("waitting", 0);

		TaskSteps.Stepped last = this.steps.stepOne(T0.plusSeconds(15), policy).orElseThrow();
		assertThat(last.moved()).isEqualTo(3);
		assertThat(last.change()).get()
			.satisfies((change) -> assertThat(change.taskId()).isEqualTo(id))
			.satisfies((change) -> assertThat(change.projectId()).isEqualTo("steps"))
			.satisfies((change) -> assertThat(change.previousStatus()).isEqualTo("Processing"))
			.satisfies((change) -> assertThat(change.status()).isEqualTo("PartialSuccess"))
			.satisfies((change) -> assertThat(change.at()).isEqualTo(T0.plusSeconds(15)));
		assertThat(subtask(id, "d1")).containsEntry("status", "Success").containsEntry("next_transition_at", null);
		assertThat(subtask(id, "bad")).containsEntry("status", "Fail")
			.containsEntry("error_code", "E1")
			.containsEntry("error_msg", "bad device");
		assertThat(task(id)).containsEntry("status", "PartialSuccess")
			.containsEntry("notified_status", "PartialSuccess")
			.containsEntry("success", 2)
			.containsEntry("fail", 1)
			.containsEntry("processing", 0)
			.containsEntry("next_due_at", null);
		assertThat(policy.outcomes).containsExactly("d1#1", "d2#1", "bad#1");
	}

	@Test
	void retriesAFailureAfterTheTasksRetryIntervalAndKeepsStuckSubtasksForever() {
		String id = newTask(1, 2, "bad", "stuck");
		Policy policy = new Policy(1000, 10_000);
		this.steps.stepOne(T0, policy);
		this.steps.stepOne(T0.plusSeconds(5), policy);

		this.steps.stepOne(T0.plusSeconds(15), policy);

		assertThat(subtask(id, "bad")).containsEntry("status", "FailWaitRetry")
			.containsEntry("next_transition_at", Timestamp.from(T0.plusSeconds(15).plus(Duration.ofMinutes(2))));
		assertThat(subtask(id, "stuck")).containsEntry("status", "Processing")
			.containsEntry("next_transition_at", Timestamp.from(TaskSteps.NEVER));
		assertThat(task(id)).containsEntry("fail_wait_retry", 1)
			.containsEntry("processing", 1)
			.containsEntry("next_due_at", Timestamp.from(T0.plusSeconds(15).plus(Duration.ofMinutes(2))));
	}

	@Test
	void retriesASubtaskWaitingForItsRetryWithoutATimeAtOnce() {
		// as a fixture leaves it: FailWaitRetry, with no time for the retry
		String id = newTask(1, 2, "bad");
		this.subtasks.setState(id, new SubtaskState(SubtaskStatus.FAIL_WAIT_RETRY, "E1", "bad device", 1),
				List.of("bad"));
		BatchTask task = this.tasks.findById(id).orElseThrow();
		task.recount(TaskProgress.counted(Map.of(SubtaskStatus.FAIL_WAIT_RETRY, 1)), T0);
		task.dueAt(T0);
		this.tasks.saveAndFlush(task);

		assertThat(this.steps.stepOne(T0, new Policy(1000, 10_000)).orElseThrow().moved()).isEqualTo(1);
		assertThat(subtask(id, "bad")).containsEntry("status", "Processing")
			.containsEntry("attempts", 2)
			.containsEntry("next_transition_at", Timestamp.from(T0.plusSeconds(10)));
		assertThat(task(id)).containsEntry("fail_wait_retry", 0)
			.containsEntry("processing", 1)
			.containsEntry("next_due_at", Timestamp.from(T0.plusSeconds(10)));
	}

	@Test
	void letsTheTaskGoAfterRowsPerTransactionAndTakesItUpAgainAtOnce() {
		String id = newTask(null, null, "d1", "d2", "d3");
		Policy policy = new Policy(2, 2);

		assertThat(this.steps.stepOne(T0, policy).orElseThrow().moved()).isEqualTo(2);
		assertThat(task(id)).containsEntry("next_due_at", Timestamp.from(T0));

		assertThat(this.steps.stepOne(T0, policy).orElseThrow().moved()).isEqualTo(1);
		assertThat(task(id)).containsEntry("next_due_at", Timestamp.from(T0.plusSeconds(5)));
	}

	@Test
	void namesTheTaskWhoseStepFailedAndSetsItAside() {
		String id = newTask(null, null, "d1");
		Policy failing = new Policy(1000, 10_000) {

			@Override
			public Duration startDelay(TaskView task, Row row) {
				throw new IllegalStateException("no delay");
			}

		};

		assertThatExceptionOfType(TaskSteps.StepFailedException.class).isThrownBy(() -> this.steps.stepOne(T0, failing))
			.satisfies((ex) -> assertThat(ex.taskId()).isEqualTo(id))
			.satisfies((ex) -> assertThat(ex.projectId()).isEqualTo("steps"))
			.withCauseInstanceOf(IllegalStateException.class);

		this.steps.setAside(id, T0.plusSeconds(60));
		assertThat(this.steps.anyDue(T0.plusSeconds(59))).isFalse();
		assertThat(this.steps.anyDue(T0.plusSeconds(60))).isTrue();
		assertThat(this.steps.nextDueAfter(T0)).isEqualTo(T0.plusSeconds(60));
		assertThat(this.steps.stepOne(T0.plusSeconds(59), failing)).isEmpty();
	}

	@Test
	void neverTimesATransitionPastNever() {
		assertThat(TaskSteps.later(T0, Duration.ofSeconds(30))).isEqualTo(T0.plusSeconds(30));
		assertThat(TaskSteps.later(T0, Duration.ofSeconds(Long.MAX_VALUE))).isEqualTo(TaskSteps.NEVER);
	}

	/**
	 * Starts wait 5 s, runs 10 s; {@code bad*} fails, {@code stuck*} never ends, the rest
	 * succeed.
	 */
	private static class Policy implements SubtaskPolicy {

		final List<String> outcomes = new ArrayList<>();

		private final int batchSize;

		private final int rowsPerTransaction;

		Policy(int batchSize, int rowsPerTransaction) {
			this.batchSize = batchSize;
			this.rowsPerTransaction = rowsPerTransaction;
		}

		@Override
		public int batchSize() {
			return this.batchSize;
		}

		@Override
		public int rowsPerTransaction() {
			return this.rowsPerTransaction;
		}

		@Override
		public Duration startDelay(TaskView task, Row row) {
			return Duration.ofSeconds(5);
		}

		@Override
		public Duration runDuration(TaskView task, Row row) {
			assertThat(task.taskType()).isEqualTo(TaskType.FIRMWARE_UPGRADE);
			return Duration.ofSeconds(10);
		}

		@Override
		public Outcome outcome(TaskView task, Row row, int attempt) {
			this.outcomes.add(row.target() + "#" + attempt);
			if (row.target().startsWith("bad")) {
				return Outcome.failed("E1", "bad device");
			}
			return row.target().startsWith("stuck") ? Outcome.STUCK : Outcome.SUCCEEDED;
		}

	}

	private String newTask(Integer retryCount, Integer retryInterval, String... targets) {
		String id = ObjectIds.next();
		BatchTask.NewTask spec = new BatchTask.NewTask(null, "t", TaskType.FIRMWARE_UPGRADE, null, false, null, null,
				null, null, null, null, retryCount, retryInterval);
		this.tasks.saveAndFlush(new BatchTask(id, TenantScope.of("steps", null), spec, targets.length, T0));
		this.subtasks.insertWaitting(id, List.of(targets), T0);
		return id;
	}

	private Map<String, Object> task(String id) {
		return this.jdbc.queryForMap("SELECT status, notified_status, next_due_at, waitting, processing, success, "
				+ "fail, fail_wait_retry FROM batch_task WHERE id = ?", id);
	}

	private Map<String, Object> subtask(String taskId, String target) {
		return this.jdbc.queryForMap("SELECT status, next_transition_at, attempts, error_code, error_msg "
				+ "FROM batch_subtask WHERE task_id = ? AND target = ?", taskId, target);
	}

}
