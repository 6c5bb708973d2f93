package io.iotda.emulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.iotda.emulator.batchtask.TaskSteps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SimulationClockTests {

	private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

	private final AtomicLong nanos = new AtomicLong();

	private SimulationClock clock(SimulationClock.Mode mode, double speed) {
		return new SimulationClock(mode, speed, Clock.fixed(START, ZoneOffset.UTC), this.nanos::get);
	}

	@Test
	void aManualClockStandsStillUntilAdvanced() {
		SimulationClock clock = clock(SimulationClock.Mode.MANUAL, 1);
		this.nanos.addAndGet(Duration.ofHours(1).toNanos());
		assertThat(clock.instant()).isEqualTo(START);

		clock.advance(Duration.ofSeconds(90));
		assertThat(clock.instant()).isEqualTo(START.plusSeconds(90));
	}

	@Test
	void aRealtimeClockRunsWithTheWallClockTimesItsSpeed() {
		SimulationClock clock = clock(SimulationClock.Mode.REALTIME, 10);
		this.nanos.addAndGet(Duration.ofSeconds(3).toNanos());
		assertThat(clock.instant()).isEqualTo(START.plusSeconds(30));
	}

	@Test
	void switchingModeKeepsTheTimeItReads() {
		SimulationClock clock = clock(SimulationClock.Mode.REALTIME, 2);
		this.nanos.addAndGet(Duration.ofSeconds(5).toNanos());
		clock.configure(SimulationClock.Mode.MANUAL, 2);
		this.nanos.addAndGet(Duration.ofSeconds(5).toNanos());
		assertThat(clock.instant()).isEqualTo(START.plusSeconds(10));

		clock.configure(SimulationClock.Mode.REALTIME, 1);
		this.nanos.addAndGet(Duration.ofSeconds(4).toNanos());
		assertThat(clock.instant()).isEqualTo(START.plusSeconds(14));
	}

	@Test
	void advanceToNeverGoesBackButSetDoes() {
		SimulationClock clock = clock(SimulationClock.Mode.MANUAL, 1);
		clock.advance(Duration.ofMinutes(10));
		assertThat(clock.advanceTo(START)).isEqualTo(START.plusSeconds(600));

		clock.set(START);
		assertThat(clock.instant()).isEqualTo(START);
	}

	@Test
	void refusesToAdvanceBackwardsOrRunAtNoSpeed() {
		SimulationClock clock = clock(SimulationClock.Mode.MANUAL, 1);
		assertThatIllegalArgumentException().isThrownBy(() -> clock.advance(Duration.ofSeconds(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> clock.configure(SimulationClock.Mode.REALTIME, 0));
	}

	@Test
	void readsUtc() {
		assertThat(clock(SimulationClock.Mode.MANUAL, 1).getZone()).isEqualTo(ZoneOffset.UTC);
	}

	@Test
	void aFastRealtimeClockStopsAtTheLatestTimeInsteadOfOverflowing() {
		SimulationClock clock = clock(SimulationClock.Mode.REALTIME, 100_000);
		clock.set(SimulationClock.LATEST.minusSeconds(60));
		this.nanos.addAndGet(Duration.ofDays(365 * 200).toNanos());
		assertThat(clock.instant()).isEqualTo(SimulationClock.LATEST);

		clock.set(SimulationClock.EARLIEST);
		this.nanos.addAndGet(Duration.ofDays(365 * 200).toNanos());
		assertThat(clock.instant()).isEqualTo(SimulationClock.LATEST);
	}

	@Test
	void aRealtimeClockRunsOnExactlyPastTheNanosecondsALongHolds() {
		SimulationClock clock = clock(SimulationClock.Mode.REALTIME, 100_000);
		this.nanos.addAndGet(Duration.ofDays(10).toNanos());
		assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(1_000_000)));
	}

	@Test
	void refusesTimesOutsideItsRangeAndKeepsWhatItHad() {
		SimulationClock clock = clock(SimulationClock.Mode.MANUAL, 1);
		assertThatIllegalArgumentException().isThrownBy(() -> clock.set(Instant.MAX));
		assertThatIllegalArgumentException().isThrownBy(() -> clock.set(SimulationClock.LATEST.plusNanos(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> clock.set(SimulationClock.EARLIEST.minusNanos(1)));
		assertThatIllegalArgumentException().isThrownBy(
				() -> clock.configure(SimulationClock.Mode.REALTIME, 2, Instant.parse("+300000-01-01T00:00:00Z")));
		assertThat(clock.instant()).isEqualTo(START);
		assertThat(clock.mode()).isEqualTo(SimulationClock.Mode.MANUAL);

		clock.set(SimulationClock.LATEST.minusSeconds(10));
		assertThatIllegalArgumentException().isThrownBy(() -> clock.advance(Duration.ofSeconds(11)));
		assertThat(clock.advanceTo(Instant.MAX)).isEqualTo(SimulationClock.LATEST);
	}

	@Test
	void holdsBothEndsOfItsRange() {
		SimulationClock clock = clock(SimulationClock.Mode.MANUAL, 1);
		clock.configure(SimulationClock.Mode.MANUAL, 1, SimulationClock.EARLIEST);
		assertThat(clock.instant()).isEqualTo(SimulationClock.EARLIEST);
		clock.set(SimulationClock.LATEST);
		assertThat(clock.instant()).isEqualTo(SimulationClock.LATEST);
		assertThat(SimulationClock.LATEST).isBefore(TaskSteps.NEVER.minus(Duration.ofDays(365)));
	}

}
