package io.iotda.emulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.batchtask.TaskSteps;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulationEngineTests {

	@Test
	void setsAFailingTaskAsideForLongerWithEachFailureInARow() {
		assertThat(SimulationEngine.backOff(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(SimulationEngine.backOff(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(SimulationEngine.backOff(5)).isEqualTo(Duration.ofSeconds(16));
		assertThat(SimulationEngine.backOff(17)).isEqualTo(Duration.ofSeconds(65_536));
		assertThat(SimulationEngine.backOff(18)).isEqualTo(Duration.ofDays(1));
		assertThat(SimulationEngine.backOff(Integer.MAX_VALUE)).isEqualTo(Duration.ofDays(1));
	}

	@Test
	void neverTimesATransitionPastTheTimeStuckSubtasksWaitFor() {
		Instant now = SimulationClock.LATEST;
		assertThat(TaskSteps.later(now, Duration.ofSeconds(30))).isEqualTo(now.plusSeconds(30));
		assertThat(TaskSteps.later(now, Duration.ofSeconds(Long.MAX_VALUE))).isEqualTo(TaskSteps.NEVER);
		assertThat(TaskSteps.later(TaskSteps.NEVER, Duration.ZERO)).isEqualTo(TaskSteps.NEVER);
	}

}
