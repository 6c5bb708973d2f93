package io.iotda.emulator.controlplane.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * Fault rules for the emulated API, in memory (per instance): for an operation (its
 * operationId, {@code CreateBatchTask} ... or {@code *}), answer a given error and/or add
 * latency, for the next {@code times} calls or with a probability drawn from a seeded
 * generator.
 */
@Component
public class FaultRules {

	/** One rule; {@code remaining} null means no limit. */
	static final class Rule {

		final String id;

		final String operation;

		final Integer httpStatus;

		final String errorCode;

		final String errorMsg;

		final Duration latency;

		final double probability;

		final Long seed;

		Integer remaining;

		int applied;

		private final SplittableRandom random;

		Rule(String id, String operation, Integer httpStatus, String errorCode, String errorMsg, Duration latency,
				Integer times, double probability, Long seed) {
			this.id = id;
			this.operation = operation;
			this.httpStatus = httpStatus;
			this.errorCode = errorCode;
			this.errorMsg = errorMsg;
			this.latency = latency;
			this.remaining = times;
			this.probability = probability;
			this.seed = seed;
			this.random = (seed != null) ? new SplittableRandom(seed) : new SplittableRandom();
		}

		boolean returnsError() {
			return this.errorCode != null;
		}

	}

	/** What to do to one call: the latency to add, and the error to answer (if any). */
	record Fault(Duration latency, Rule errorRule) {
	}

	private final List<Rule> rules = new ArrayList<>();

	synchronized Rule add(Rule rule) {
		this.rules.add(rule);
		return rule;
	}

	synchronized List<Rule> all() {
		return List.copyOf(this.rules);
	}

	synchronized boolean remove(String id) {
		return this.rules.removeIf((rule) -> rule.id.equals(id));
	}

	public synchronized void clear() {
		this.rules.clear();
	}

	/**
	 * Picks what happens to one call of {@code operation}: every matching rule that fires
	 * adds its latency; the first one that fires with an error decides the answer. Firing
	 * uses up one of a rule's {@code times}.
	 */
	synchronized Optional<Fault> match(String operation) {
		Duration latency = Duration.ZERO;
		Rule error = null;
		for (Rule rule : this.rules) {
			if (!rule.operation.equals("*") && !rule.operation.equals(operation)) {
				continue;
			}
			if (rule.remaining != null && rule.remaining <= 0) {
				continue;
			}
			if (rule.returnsError() && error != null) {
				continue;
			}
			if (rule.probability < 1.0 && rule.random.nextDouble() >= rule.probability) {
				continue;
			}
			if (rule.remaining != null) {
				rule.remaining--;
			}
			rule.applied++;
			if (rule.latency != null) {
				latency = latency.plus(rule.latency);
			}
			if (rule.returnsError()) {
				error = rule;
			}
		}
		return (latency.isZero() && error == null) ? Optional.empty() : Optional.of(new Fault(latency, error));
	}

}
