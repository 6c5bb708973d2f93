package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.TenantScope;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BatchTaskTests {

	private static final Instant NOW = Instant.parse("2024-06-27T08:15:30Z");

	private static final TenantScope SCOPE = TenantScope.of("p1", "i1");

	@Test
	void startsProcessingWithEverySubtaskWaitting() {
		BatchTask task = task(false, null, 3);

		assertThat(task.getStatus()).isEqualTo(TaskStatus.PROCESSING);
		assertThat(task.getProgress().count(SubtaskStatus.WAITTING)).isEqualTo(3);
		assertThat(task.getProgress().total()).isEqualTo(3);
		assertThat(task.isStopRequested()).isFalse();
		assertThat(task.getProjectId()).isEqualTo("p1");
		assertThat(task.getInstanceId()).isEqualTo("i1");
		assertThat(task.getCreateTime()).isEqualTo(NOW);
	}

	@Test
	void startsWaittingWhenItNeedsConfirmation() {
		BatchTask task = task(true, null, 3);

		assertThat(task.awaitingStart(NOW)).isTrue();
		assertThat(task.awaitingStart(NOW.plus(Duration.ofDays(30)))).isTrue();
		assertThat(task.getStatus()).isEqualTo(TaskStatus.WAITTING);
	}

	@Test
	void startsWaittingWhenItsScheduleTimeIsAhead() {
		BatchTask task = task(false, NOW.plusSeconds(60), 3);

		assertThat(task.getStatus()).isEqualTo(TaskStatus.WAITTING);
		assertThat(task.awaitingStart(NOW)).isTrue();
		assertThat(task.awaitingStart(NOW.plusSeconds(59))).isTrue();
	}

	@Test
	void stopsAwaitingItsStartOnceTheScheduleTimeHasCome() {
		BatchTask task = task(false, NOW.plusSeconds(60), 3);

		assertThat(task.awaitingStart(NOW.plusSeconds(60))).isFalse();
		assertThat(task.awaitingStart(NOW.plusSeconds(61))).isFalse();

		task.refreshStatus(NOW.plusSeconds(60));
		assertThat(task.getStatus()).isEqualTo(TaskStatus.PROCESSING);
	}

	@Test
	void startsProcessingWhenItsScheduleTimeHasPassed() {
		BatchTask task = task(false, NOW.minusSeconds(1), 3);

		assertThat(task.awaitingStart(NOW)).isFalse();
		assertThat(task.getStatus()).isEqualTo(TaskStatus.PROCESSING);
	}

	@Test
	void derivesItsStatusFromEveryRecordedMove() {
		BatchTask task = task(false, null, 2);

		task.recordMoved(SubtaskStatus.WAITTING, SubtaskStatus.SUCCESS, 1, NOW);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.PROCESSING);

		task.recordMoved(SubtaskStatus.WAITTING, SubtaskStatus.FAIL, 1, NOW);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.PARTIAL_SUCCESS);
	}

	@ParameterizedTest(name = "{0} targets, stopping for {1} s")
	@CsvSource({ "3, 0", "1, -1" })
	void endsAWholeTaskStopAtOnceWhenStoppingLastsNoTimeOrANegativeTime(int targets, long stoppingSeconds) {
		BatchTask task = withStopped(targets, targets);

		task.requestStop(NOW, Duration.ofSeconds(stoppingSeconds));

		assertStop(task, true, null, TaskStatus.STOPPED);
	}

	@Test
	void isStoppingForTheStoppingDurationAfterAWholeTaskStop() {
		BatchTask task = withStopped(3, 3);

		task.requestStop(NOW, Duration.ofSeconds(2));

		assertStop(task, true, NOW.plusSeconds(2), TaskStatus.STOPPING);
	}

	@Test
	void staysStoppingWhateverMovesAreRecordedMeanwhile() {
		BatchTask task = withStopped(3, 2);
		task.requestStop(NOW, Duration.ofSeconds(2));

		task.recordMoved(SubtaskStatus.WAITTING, SubtaskStatus.SUCCESS, 1, NOW.plusSeconds(1));
		task.refreshStatus(NOW.plusSeconds(1));

		assertThat(task.getStatus()).isEqualTo(TaskStatus.STOPPING);
	}

	@Test
	void clearingAStopDerivesTheStatusAsIfNoStopWasAsked() {
		BatchTask task = task(false, null, 3);
		task.recordMoved(SubtaskStatus.WAITTING, SubtaskStatus.SUCCESS, 1, NOW);
		task.recordMoved(SubtaskStatus.WAITTING, SubtaskStatus.STOPPED, 2, NOW);
		task.requestStop(NOW, Duration.ZERO);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.STOPPED);

		task.clearStop(NOW);

		assertStop(task, false, null, TaskStatus.PARTIAL_SUCCESS);
	}

	@Test
	void isProcessingAgainOnceStoppedSubtasksAreRetried() {
		BatchTask task = withStopped(2, 2);
		task.requestStop(NOW, Duration.ZERO);

		task.recordMoved(SubtaskStatus.STOPPED, SubtaskStatus.WAITTING, 2, NOW);
		task.clearStop(NOW);

		assertThat(task.getStatus()).isEqualTo(TaskStatus.PROCESSING);
		assertThat(task.getProgress().count(SubtaskStatus.WAITTING)).isEqualTo(2);
	}

	@Test
	void clearingAStopThatIsStillStoppingEndsTheStoppingPhase() {
		BatchTask task = withStopped(2, 2);
		task.requestStop(NOW, Duration.ofSeconds(2));
		task.recordMoved(SubtaskStatus.STOPPED, SubtaskStatus.WAITTING, 2, NOW);

		task.clearStop(NOW);

		assertThat(task.getStoppingUntil()).isNull();
		assertThat(task.getStatus()).isEqualTo(TaskStatus.PROCESSING);
	}

	@Test
	void recountReplacesTheCountersAndDerivesTheStatus() {
		BatchTask task = task(false, null, 2);
		TaskProgress counted = TaskProgress.allIn(SubtaskStatus.SUCCESS, 2);

		task.recount(counted, NOW);

		assertThat(task.getProgress()).isEqualTo(counted);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.SUCCESS);
	}

	private static void assertStop(BatchTask task, boolean requested, Instant stoppingUntil, TaskStatus status) {
		assertThat(task.isStopRequested()).as("stop requested").isEqualTo(requested);
		assertThat(task.getStoppingUntil()).as("stopping until").isEqualTo(stoppingUntil);
		assertThat(task.getStatus()).as("status").isEqualTo(status);
	}

	/** A task of {@code targets} subtasks, {@code stopped} of them moved to Stopped. */
	private static BatchTask withStopped(int targets, int stopped) {
		BatchTask task = task(false, null, targets);
		task.recordMoved(SubtaskStatus.WAITTING, SubtaskStatus.STOPPED, stopped, NOW);
		return task;
	}

	private static BatchTask task(boolean needConfirm, Instant scheduleTime, int targets) {
		BatchTask.NewTask spec = new BatchTask.NewTask(null, "t", TaskType.FIRMWARE_UPGRADE, null, needConfirm, null,
				null, null, null, null, scheduleTime, null, null);
		return new BatchTask("0123456789abcdef01234567", SCOPE, spec, targets, NOW);
	}

}
