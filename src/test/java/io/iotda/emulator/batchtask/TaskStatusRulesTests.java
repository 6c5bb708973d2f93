package io.iotda.emulator.batchtask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskStatusRulesTests {

	@Test
	void isProcessingWhileAnySubtaskIsProcessingWhateverElseHolds() {
		TaskProgress progress = progress(SubtaskStatus.PROCESSING, 1, SubtaskStatus.WAITTING, 3, SubtaskStatus.SUCCESS,
				2);

		assertThat(TaskStatusRules.derive(progress, false, false)).isEqualTo(TaskStatus.PROCESSING);
		assertThat(TaskStatusRules.derive(progress, true, true)).isEqualTo(TaskStatus.PROCESSING);
	}

	@Test
	void isProcessingWhileAnySubtaskWaitsToBeRetried() {
		TaskProgress progress = progress(SubtaskStatus.FAIL_WAIT_RETRY, 1, SubtaskStatus.FAIL, 4);

		assertThat(TaskStatusRules.derive(progress, false, false)).isEqualTo(TaskStatus.PROCESSING);
		assertThat(TaskStatusRules.derive(progress, true, true)).isEqualTo(TaskStatus.PROCESSING);
	}

	@Test
	void isWaittingWhileSubtasksWaitForAStartThatIsNotDue() {
		TaskProgress progress = progress(SubtaskStatus.WAITTING, 5);

		assertThat(TaskStatusRules.derive(progress, false, true)).isEqualTo(TaskStatus.WAITTING);
	}

	@Test
	void isProcessingWhenWaittingSubtasksAreDueToStart() {
		TaskProgress progress = progress(SubtaskStatus.WAITTING, 5, SubtaskStatus.SUCCESS, 1);

		assertThat(TaskStatusRules.derive(progress, false, false)).isEqualTo(TaskStatus.PROCESSING);
	}

	@Test
	void isStoppedWhenNothingIsActiveAfterAWholeTaskStop() {
		assertThat(TaskStatusRules.derive(progress(SubtaskStatus.STOPPED, 3, SubtaskStatus.SUCCESS, 2), true, false))
			.isEqualTo(TaskStatus.STOPPED);
		assertThat(TaskStatusRules.derive(progress(SubtaskStatus.SUCCESS, 2), true, true))
			.isEqualTo(TaskStatus.STOPPED);
	}

	@Test
	void isSuccessWhenEverySubtaskSucceeded() {
		assertThat(TaskStatusRules.derive(progress(SubtaskStatus.SUCCESS, 4), false, false))
			.isEqualTo(TaskStatus.SUCCESS);
	}

	@Test
	void isFailWhenNoSubtaskSucceeded() {
		assertThat(TaskStatusRules.derive(progress(SubtaskStatus.FAIL, 4), false, false)).isEqualTo(TaskStatus.FAIL);
	}

	@Test
	void isPartialSuccessWhenSomeSucceededAndSomeFailed() {
		assertThat(TaskStatusRules.derive(progress(SubtaskStatus.SUCCESS, 1, SubtaskStatus.FAIL, 3), false, false))
			.isEqualTo(TaskStatus.PARTIAL_SUCCESS);
	}

	@Test
	void isPartialSuccessWhenSomeSucceededAndTheOthersWereStoppedOneByOne() {
		assertThat(TaskStatusRules.derive(progress(SubtaskStatus.SUCCESS, 2, SubtaskStatus.STOPPED, 1), false, false))
			.isEqualTo(TaskStatus.PARTIAL_SUCCESS);
	}

	@Test
	void isFailWhenNoneSucceededAndSomeWereStoppedOneByOne() {
		assertThat(TaskStatusRules.derive(progress(SubtaskStatus.STOPPED, 2, SubtaskStatus.FAIL, 1), false, false))
			.isEqualTo(TaskStatus.FAIL);
		assertThat(TaskStatusRules.derive(progress(SubtaskStatus.STOPPED, 3), false, false)).isEqualTo(TaskStatus.FAIL);
	}

	@Test
	void leavesRemovedSubtasksOutOfTheSuccessCount() {
		assertThat(TaskStatusRules.derive(progress(SubtaskStatus.SUCCESS, 3, SubtaskStatus.REMOVED, 2), false, false))
			.isEqualTo(TaskStatus.SUCCESS);
		assertThat(TaskStatusRules.derive(progress(SubtaskStatus.FAIL, 3, SubtaskStatus.REMOVED, 2), false, false))
			.isEqualTo(TaskStatus.FAIL);
		assertThat(TaskStatusRules
			.derive(progress(SubtaskStatus.SUCCESS, 1, SubtaskStatus.FAIL, 1, SubtaskStatus.REMOVED, 2), false, false))
			.isEqualTo(TaskStatus.PARTIAL_SUCCESS);
	}

	@Test
	void neverCallsARemovedSubtaskActive() {
		assertThat(TaskStatusRules.derive(progress(SubtaskStatus.REMOVED, 1, SubtaskStatus.SUCCESS, 1), false, true))
			.isEqualTo(TaskStatus.SUCCESS);
	}

	private static TaskProgress progress(Object... statusesAndCounts) {
		Map<SubtaskStatus, Integer> counts = new EnumMap<>(SubtaskStatus.class);
		for (int i = 0; i < statusesAndCounts.length; i += 2) {
			counts.put((SubtaskStatus) statusesAndCounts[i], (Integer) statusesAndCounts[i + 1]);
		}
		return TaskProgress.counted(counts);
	}

}
