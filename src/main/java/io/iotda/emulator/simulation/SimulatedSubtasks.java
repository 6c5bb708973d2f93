package io.iotda.emulator.simulation;

import io.iotda.emulator.batchtask.SubtaskPolicy;
import java.time.Duration;

/**
 * The simulator's policy for one run: seeded start delays and attempt durations from
 * {@link SimulationProperties}, and each attempt's end from the run's {@link Outcomes}.
 */
final class SimulatedSubtasks implements SubtaskPolicy {

	private final SimulationProperties properties;

	private final Outcomes outcomes;

	SimulatedSubtasks(SimulationProperties properties, Outcomes outcomes) {
		this.properties = properties;
		this.outcomes = outcomes;
	}

	@Override
	public int batchSize() {
		return this.properties.batchSize();
	}

	@Override
	public int rowsPerTransaction() {
		return this.properties.rowsPerTransaction();
	}

	@Override
	public Duration startDelay(TaskView task, Row row) {
		return Seeded.duration(this.properties.startDelay(), this.properties.seed(), row.target(), row.nextAttempt(),
				"start");
	}

	@Override
	public Duration runDuration(TaskView task, Row row) {
		SimulationProperties.Range range = task.taskType().isUpgrade() ? this.properties.upgradeDuration()
				: this.properties.otherDuration();
		return Seeded.duration(range, this.properties.seed(), row.target(), row.nextAttempt(), "run");
	}

	@Override
	public Outcome outcome(TaskView task, Row row, int attempt) {
		Outcomes.Decision decision = this.outcomes.decide(task.projectId(), row.target(), attempt);
		return switch (decision.kind()) {
			case SUCCESS -> Outcome.SUCCEEDED;
			case STUCK -> Outcome.STUCK;
			case FAIL -> Outcome.failed(decision.errorCode(), decision.errorMsg());
		};
	}

}
