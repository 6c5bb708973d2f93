package io.iotda.emulator.batchtask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchOperationTests {

	private static final Set<TaskType> FIRMWARE_AND_SOFTWARE = EnumSet.of(TaskType.FIRMWARE_UPGRADE,
			TaskType.SOFTWARE_UPGRADE);

	@Test
	void stopTakesOnlyFirmwareAndSoftwareUpgrades() {
		assertThat(typesTaking(BatchOperation.STOP)).isEqualTo(FIRMWARE_AND_SOFTWARE);
	}

	@Test
	void stopIsRefusedWhileTheTaskIsFinishedOrStopping() {
		assertThat(statusesRefusing(BatchOperation.STOP)).isEqualTo(EnumSet.of(TaskStatus.SUCCESS, TaskStatus.FAIL,
				TaskStatus.PARTIAL_SUCCESS, TaskStatus.STOPPED, TaskStatus.STOPPING));
	}

	@Test
	void stopMovesEveryActiveSubtaskToStoppedAndKeepsItsError() {
		assertThat(subtasksMovedBy(BatchOperation.STOP)).isEqualTo(SubtaskStatus.ACTIVE)
			.isEqualTo(EnumSet.of(SubtaskStatus.PROCESSING, SubtaskStatus.WAITTING, SubtaskStatus.FAIL_WAIT_RETRY));
		assertThat(BatchOperation.STOP.movesFrom()).isEqualTo(subtasksMovedBy(BatchOperation.STOP));
		assertThat(BatchOperation.STOP.movesTo()).isEqualTo(SubtaskStatus.STOPPED);
		assertThat(BatchOperation.STOP.clearsError()).isFalse();
		assertThat(BatchOperation.STOP.verb()).isEqualTo("stop");
	}

	@Test
	void retryTakesOnlyFirmwareAndSoftwareUpgrades() {
		assertThat(typesTaking(BatchOperation.RETRY)).isEqualTo(FIRMWARE_AND_SOFTWARE);
	}

	@Test
	void retryIsRefusedWhileTheTaskSucceededIsStoppedOrHasNotStarted() {
		assertThat(statusesRefusing(BatchOperation.RETRY)).isEqualTo(EnumSet.of(TaskStatus.SUCCESS, TaskStatus.STOPPED,
				TaskStatus.STOPPING, TaskStatus.WAITTING, TaskStatus.INITIALIZING));
	}

	@Test
	void retryMovesFailedAndStoppedSubtasksBackToWaittingAndClearsTheirError() {
		assertThat(subtasksMovedBy(BatchOperation.RETRY))
			.isEqualTo(EnumSet.of(SubtaskStatus.FAIL, SubtaskStatus.FAIL_WAIT_RETRY, SubtaskStatus.STOPPED));
		assertThat(BatchOperation.RETRY.movesFrom()).isEqualTo(subtasksMovedBy(BatchOperation.RETRY));
		assertThat(BatchOperation.RETRY.movesTo()).isEqualTo(SubtaskStatus.WAITTING);
		assertThat(BatchOperation.RETRY.clearsError()).isTrue();
		assertThat(BatchOperation.RETRY.verb()).isEqualTo("retry");
	}

	@Test
	void confirmTakesEveryUpgradeType() {
		assertThat(typesTaking(BatchOperation.CONFIRM))
			.isEqualTo(EnumSet.of(TaskType.FIRMWARE_UPGRADE, TaskType.SOFTWARE_UPGRADE, TaskType.MODULE_UPGRADE));
	}

	@Test
	void confirmIsRefusedWhileTheTaskIsFinishedOrStopping() {
		assertThat(statusesRefusing(BatchOperation.CONFIRM)).isEqualTo(EnumSet.of(TaskStatus.SUCCESS, TaskStatus.FAIL,
				TaskStatus.PARTIAL_SUCCESS, TaskStatus.STOPPED, TaskStatus.STOPPING));
	}

	@Test
	void confirmStartsWaittingSubtasksAndKeepsTheirError() {
		assertThat(subtasksMovedBy(BatchOperation.CONFIRM)).isEqualTo(EnumSet.of(SubtaskStatus.WAITTING));
		assertThat(BatchOperation.CONFIRM.movesTo()).isEqualTo(SubtaskStatus.PROCESSING);
		assertThat(BatchOperation.CONFIRM.clearsError()).isFalse();
		assertThat(BatchOperation.CONFIRM.verb()).isEqualTo("confirm");
	}

	@Test
	void noOperationMovesASubtaskIntoTheStatusItCameFrom() {
		for (BatchOperation operation : BatchOperation.values()) {
			assertThat(operation.moves(operation.movesTo())).as(operation.verb()).isFalse();
		}
	}

	@Test
	void allowsAtMostOneHundredNamedTargets() {
		assertThat(BatchOperation.MAX_TARGETS).isEqualTo(100);
	}

	private static Set<TaskType> typesTaking(BatchOperation operation) {
		Set<TaskType> types = EnumSet.noneOf(TaskType.class);
		Arrays.stream(TaskType.values()).filter(operation::appliesTo).forEach(types::add);
		return types;
	}

	private static Set<TaskStatus> statusesRefusing(BatchOperation operation) {
		Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
		Arrays.stream(TaskStatus.values()).filter(operation::isRefusedWhile).forEach(statuses::add);
		return statuses;
	}

	private static Set<SubtaskStatus> subtasksMovedBy(BatchOperation operation) {
		Set<SubtaskStatus> statuses = EnumSet.noneOf(SubtaskStatus.class);
		Arrays.stream(SubtaskStatus.values()).filter(operation::moves).forEach(statuses::add);
		return statuses;
	}

}
