package io.iotda.emulator.simulation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Moves tasks over time. In {@code realtime} mode a scheduled tick moves whatever is due;
 * in {@code manual} mode nothing moves until {@link #advance} walks the clock forward
 * from one due time to the next, so every transition happens at its own time and in
 * order. Each step works on one task under its row lock ({@link TaskStepper}); tasks
 * another instance holds are skipped and picked up later. Memory use does not depend on
 * the number of subtasks.
 */
@Service
public class SimulationEngine {

	private static final Logger logger = LoggerFactory.getLogger(SimulationEngine.class);

	/**
	 * A bound on steps per run, so that a run always ends (a task is never due twice at
	 * one time).
	 */
	private static final int MAX_STEPS_PER_RUN = 100_000;

	private final TaskStepper stepper;

	private final OutcomeRules rules;

	private final SimulationProperties properties;

	private final SimulationClock clock;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	SimulationEngine(TaskStepper stepper, OutcomeRules rules, SimulationProperties properties, SimulationClock clock,
			JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.stepper = stepper;
		this.rules = rules;
		this.properties = properties;
		this.clock = clock;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** What an advance did. */
	public record Advanced(Instant from, Instant to, int steps, int subtasksMoved) {
	}

	@Scheduled(fixedDelayString = "${iotda.simulation.tick-interval:250ms}")
	void tick() {
		if (this.clock.mode() != SimulationClock.Mode.REALTIME) {
			return;
		}
		try {
			runUntilIdle(this.clock.instant());
		}
		catch (RuntimeException ex) {
			logger.warn("Simulation tick failed: {}", ex.toString());
		}
	}

	/**
	 * Moves the clock forward by {@code amount}, stopping at every time something falls
	 * due on the way and moving it there. Serialized: one advance at a time per instance.
	 */
	public synchronized Advanced advance(Duration amount) {
		Instant from = this.clock.instant();
		Instant target = from.plus(amount);
		int[] totals = new int[2];
		accumulate(totals, runUntilIdle(from));
		while (true) {
			Instant next = nextDueAfter(this.clock.instant());
			if (next == null || next.isAfter(target)) {
				break;
			}
			this.clock.advanceTo(next);
			accumulate(totals, runUntilIdle(next));
		}
		this.clock.advanceTo(target);
		accumulate(totals, runUntilIdle(this.clock.instant()));
		return new Advanced(from, this.clock.instant(), totals[0], totals[1]);
	}

	/**
	 * Moves everything due at {@code now} that no other transaction holds; returns steps
	 * and subtasks moved.
	 */
	public int[] runUntilIdle(Instant now) {
		Outcomes outcomes = new Outcomes(this.rules.findAll(), this.properties.seed(), this.properties.successRate(),
				this.properties.failureCode(), this.properties.failureMessage());
		int steps = 0;
		int moved = 0;
		while (steps < MAX_STEPS_PER_RUN) {
			Optional<TaskStepper.Stepped> stepped = this.stepper.stepOne(now, outcomes);
			if (stepped.isEmpty()) {
				break;
			}
			steps++;
			moved += stepped.get().moved();
			stepped.get().change().ifPresent(this.events::publishEvent);
		}
		return new int[] { steps, moved };
	}

	private Instant nextDueAfter(Instant now) {
		Timestamp next = this.jdbc.queryForObject("SELECT MIN(next_due_at) FROM batch_task WHERE next_due_at > ?",
				Timestamp.class, Timestamp.from(now));
		return (next != null) ? next.toInstant() : null;
	}

	private static void accumulate(int[] totals, int[] run) {
		totals[0] += run[0];
		totals[1] += run[1];
	}

}
