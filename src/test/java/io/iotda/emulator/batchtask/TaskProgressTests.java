package io.iotda.emulator.batchtask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TaskProgressTests {

	@Test
	void startsWithEverySubtaskInOneStatus() {
		TaskProgress progress = TaskProgress.allIn(SubtaskStatus.WAITTING, 7);

		assertThat(progress.total()).isEqualTo(7);
		assertThat(progress.count(SubtaskStatus.WAITTING)).isEqualTo(7);
		assertThat(progress.active()).isEqualTo(7);
		for (SubtaskStatus status : SubtaskStatus.values()) {
			if (status != SubtaskStatus.WAITTING) {
				assertThat(progress.count(status)).as(status.wireName()).isZero();
			}
		}
	}

	@Test
	void movesCountsFromOneStatusToAnother() {
		TaskProgress progress = TaskProgress.allIn(SubtaskStatus.WAITTING, 10);

		progress.move(SubtaskStatus.WAITTING, SubtaskStatus.PROCESSING, 6);
		progress.move(SubtaskStatus.PROCESSING, SubtaskStatus.SUCCESS, 4);
		progress.move(SubtaskStatus.PROCESSING, SubtaskStatus.FAIL_WAIT_RETRY, 2);

		assertThat(progress.count(SubtaskStatus.WAITTING)).isEqualTo(4);
		assertThat(progress.count(SubtaskStatus.PROCESSING)).isZero();
		assertThat(progress.count(SubtaskStatus.SUCCESS)).isEqualTo(4);
		assertThat(progress.count(SubtaskStatus.FAIL_WAIT_RETRY)).isEqualTo(2);
		assertThat(progress.total()).isEqualTo(10);
		assertThat(progress.active()).isEqualTo(6);
	}

	@Test
	void movingAllThatAStatusHoldsEmptiesIt() {
		TaskProgress progress = TaskProgress.allIn(SubtaskStatus.PROCESSING, 3);

		progress.move(SubtaskStatus.PROCESSING, SubtaskStatus.STOPPED, 3);

		assertThat(progress.count(SubtaskStatus.PROCESSING)).isZero();
		assertThat(progress.count(SubtaskStatus.STOPPED)).isEqualTo(3);
	}

	@Test
	void refusesToMoveMoreThanAStatusHoldsAndChangesNothing() {
		TaskProgress progress = TaskProgress.allIn(SubtaskStatus.WAITTING, 3);
		progress.move(SubtaskStatus.WAITTING, SubtaskStatus.PROCESSING, 1);
		TaskProgress before = copyOf(progress);

		assertThatIllegalStateException()
			.isThrownBy(() -> progress.move(SubtaskStatus.PROCESSING, SubtaskStatus.STOPPED, 2))
			.withMessageContaining("holding 1");
		assertThatIllegalStateException()
			.isThrownBy(() -> progress.move(SubtaskStatus.FAIL, SubtaskStatus.WAITTING, 1));
		assertThat(progress).isEqualTo(before);
	}

	@Test
	void refusesANegativeMove() {
		TaskProgress progress = TaskProgress.allIn(SubtaskStatus.WAITTING, 3);
		TaskProgress before = copyOf(progress);

		assertThatIllegalStateException()
			.isThrownBy(() -> progress.move(SubtaskStatus.STOPPED, SubtaskStatus.WAITTING, -1));
		assertThat(progress).isEqualTo(before);
	}

	@Test
	void countsAddUpToTheTotalAfterAnySequenceOfMoves() {
		Random random = new Random(42);
		SubtaskStatus[] statuses = SubtaskStatus.values();
		TaskProgress progress = TaskProgress.allIn(SubtaskStatus.WAITTING, 1_000);

		for (int i = 0; i < 5_000; i++) {
			SubtaskStatus from = statuses[random.nextInt(statuses.length)];
			SubtaskStatus to = statuses[random.nextInt(statuses.length)];
			int held = progress.count(from);
			progress.move(from, to, (held == 0) ? 0 : random.nextInt(held + 1));

			int sum = Arrays.stream(statuses).mapToInt(progress::count).sum();
			assertThat(sum).isEqualTo(progress.total()).isEqualTo(1_000);
			assertThat(Arrays.stream(statuses).mapToInt(progress::count)).allMatch((count) -> count >= 0);
		}
	}

	@Test
	void countedProgressTotalsTheRowCounts() {
		Map<SubtaskStatus, Integer> counts = new EnumMap<>(SubtaskStatus.class);
		counts.put(SubtaskStatus.SUCCESS, 3);
		counts.put(SubtaskStatus.STOPPED, 2);
		counts.put(SubtaskStatus.REMOVED, 1);

		TaskProgress progress = TaskProgress.counted(counts);

		assertThat(progress.total()).isEqualTo(6);
		assertThat(progress.count(SubtaskStatus.SUCCESS)).isEqualTo(3);
		assertThat(progress.count(SubtaskStatus.STOPPED)).isEqualTo(2);
		assertThat(progress.count(SubtaskStatus.REMOVED)).isEqualTo(1);
		assertThat(progress.active()).isZero();
	}

	@Test
	void replacingTakesEveryCounterOfTheOther() {
		TaskProgress progress = TaskProgress.allIn(SubtaskStatus.WAITTING, 5);
		Map<SubtaskStatus, Integer> counts = new EnumMap<>(SubtaskStatus.class);
		for (SubtaskStatus status : SubtaskStatus.values()) {
			counts.put(status, status.ordinal() + 1);
		}
		TaskProgress counted = TaskProgress.counted(counts);

		progress.replaceWith(counted);

		assertThat(progress).isEqualTo(counted);
		assertThat(progress.total()).isEqualTo(28);
	}

	private static TaskProgress copyOf(TaskProgress progress) {
		TaskProgress copy = TaskProgress.allIn(SubtaskStatus.WAITTING, 0);
		copy.replaceWith(progress);
		return copy;
	}

}
