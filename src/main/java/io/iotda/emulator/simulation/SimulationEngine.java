package io.iotda.emulator.simulation;

import io.iotda.emulator.batchtask.TaskSteps;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Moves tasks over time. In {@code realtime} mode a scheduled tick moves whatever is due;
 * in {@code manual} mode nothing moves until {@link #advance} walks the clock forward
 * from one due time to the next, so every transition happens at its own time and in
 * order. Each step works on one task under its row lock ({@link TaskSteps}); tasks
 * another instance holds are skipped and picked up later. Memory use does not depend on
 * the number of subtasks.
 * <p>
 * A task whose step fails (its transaction rolled back) stops nothing else: it is logged,
 * counted ({@code iotda.simulation.step.failures}) and set aside, due again after a delay
 * of emulated time that doubles with each failure in a row ({@link #FIRST_RETRY} to
 * {@link #LAST_RETRY}), and the run goes on with the next due task.
 */
@Service
public class SimulationEngine {

	private static final Logger logger = LoggerFactory.getLogger(SimulationEngine.class);

	/**
	 * A bound on steps per run, so that a run always ends (a task is never due twice at
	 * one time).
	 */
	private static final int MAX_STEPS_PER_RUN = 100_000;

	/** How long an advance waits for due tasks that others hold locked. */
	private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

	/** How long a task whose step failed is set aside the first time. */
	static final Duration FIRST_RETRY = Duration.ofSeconds(1);

	/** How long at most a task whose step keeps failing is set aside. */
	static final Duration LAST_RETRY = Duration.ofDays(1);

	/** Failing tasks remembered for their back-off; past this, the count starts over. */
	private static final int MAX_FAILING_TASKS = 10_000;

	private final TaskSteps steps;

	private final OutcomeRules rules;

	private final SimulationProperties properties;

	private final SimulationClock clock;

	private final ApplicationEventPublisher events;

	private final Counter stepFailures;

	/** Failures in a row, per task whose last step failed on this instance. */
	private final Map<String, Integer> failuresInARow = new ConcurrentHashMap<>();

	SimulationEngine(TaskSteps steps, OutcomeRules rules, SimulationProperties properties, SimulationClock clock,
			ApplicationEventPublisher events, MeterRegistry meters) {
		this.steps = steps;
		this.rules = rules;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
		this.stepFailures = Counter.builder("iotda.simulation.step.failures")
			.description("Simulation steps that failed and set their task aside")
			.register(meters);
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
		accumulate(totals, drain(from));
		while (true) {
			Instant next = this.steps.nextDueAfter(this.clock.instant());
			if (next == null || next.isAfter(target)) {
				break;
			}
			this.clock.advanceTo(next);
			accumulate(totals, drain(next));
		}
		this.clock.advanceTo(target);
		accumulate(totals, drain(this.clock.instant()));
		return new Advanced(from, this.clock.instant(), totals[0], totals[1]);
	}

	/**
	 * Like {@link #runUntilIdle}, but also waits for tasks that were due and locked by
	 * someone else (an API call, another instance) to be let go and moved, so an advance
	 * delivers every transition that falls due. Gives up after {@link #DRAIN_TIMEOUT} and
	 * leaves the rest to the next advance.
	 */
	private int[] drain(Instant now) {
		int[] totals = runUntilIdle(now);
		long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
		while (this.steps.anyDue(now) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			accumulate(totals, runUntilIdle(now));
		}
		return totals;
	}

	/**
	 * Moves everything due at {@code now} that no other transaction holds; returns steps
	 * and subtasks moved.
	 */
	public int[] runUntilIdle(Instant now) {
		Outcomes outcomes = new Outcomes(this.rules.findAll(), this.properties.seed(), this.properties.successRate(),
				this.properties.failureCode(), this.properties.failureMessage());
		SimulatedSubtasks policy = new SimulatedSubtasks(this.properties, outcomes);
		int steps = 0;
		int moved = 0;
		while (steps < MAX_STEPS_PER_RUN) {
			Optional<TaskSteps.Stepped> stepped;
			try {
				stepped = this.steps.stepOne(now, policy);
			}
			catch (TaskSteps.StepFailedException ex) {
				setAside(ex, now);
				steps++;
				continue;
			}
			if (stepped.isEmpty()) {
				break;
			}
			steps++;
			if (!this.failuresInARow.isEmpty()) {
				this.failuresInARow.remove(stepped.get().taskId());
			}
			moved += stepped.get().moved();
			stepped.get().change().ifPresent(this.events::publishEvent);
		}
		return new int[] { steps, moved };
	}

	/**
	 * Logs and counts a failed step and sets its task aside (a failure to do so ends the
	 * run: the database is then most likely out of reach for every task).
	 */
	private void setAside(TaskSteps.StepFailedException failure, Instant now) {
		this.stepFailures.increment();
		if (this.failuresInARow.size() >= MAX_FAILING_TASKS) {
			this.failuresInARow.clear();
		}
		int inARow = this.failuresInARow.merge(failure.taskId(), 1, Integer::sum);
		Duration delay = backOff(inARow);
		Instant until = TaskSteps.later(now, delay);
		Throwable cause = mostSpecificCause(failure);
		logger.warn(
				"Simulation step of task {} (project {}) failed ({} in a row); the task is set aside until {} "
						+ "and the other tasks move on: {}",
				failure.taskId(), failure.projectId(), inARow, until, cause.toString());
		if (logger.isDebugEnabled()) {
			logger.debug("Simulation step of task {} failed", failure.taskId(), failure);
		}
		this.steps.setAside(failure.taskId(), until);
	}

	/**
	 * {@link #FIRST_RETRY}, doubling with each failure in a row, at most
	 * {@link #LAST_RETRY}.
	 */
	static Duration backOff(int failuresInARow) {
		int doublings = Math.min(Math.max(0, failuresInARow - 1), 30);
		Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
		return (delay.compareTo(LAST_RETRY) > 0) ? LAST_RETRY : delay;
	}

	private static Throwable mostSpecificCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static void accumulate(int[] totals, int[] run) {
		totals[0] += run[0];
		totals[1] += run[1];
	}

}
