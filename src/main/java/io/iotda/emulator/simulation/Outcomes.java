package io.iotda.emulator.simulation;

import io.iotda.emulator.simulation.OutcomeRule.Outcome;
import java.util.List;

/**
 * Decides how one attempt of one subtask ends: the first outcome rule matching the
 * device, or else the default success rate; all seeded, so a run repeats exactly.
 * Immutable: one per tick.
 */
final class Outcomes {

	enum Kind {

		SUCCESS, FAIL, STUCK

	}

	record Decision(Kind kind, String errorCode, String errorMsg) {

		static final Decision SUCCEEDED = new Decision(Kind.SUCCESS, null, null);

		static final Decision STUCK = new Decision(Kind.STUCK, null, null);

	}

	private record Compiled(OutcomeRule rule, OutcomeRule.Matcher matcher) {
	}

	private final List<Compiled> rules;

	private final long seed;

	private final double successRate;

	private final Decision defaultFailure;

	Outcomes(List<OutcomeRule> rules, long seed, double successRate, String failureCode, String failureMessage) {
		this.rules = rules.stream().map((rule) -> new Compiled(rule, rule.matcher())).toList();
		this.seed = seed;
		this.successRate = successRate;
		this.defaultFailure = new Decision(Kind.FAIL, failureCode, failureMessage);
	}

	/**
	 * How attempt number {@code attempt} (1 for the first) of the device's subtask ends.
	 */
	Decision decide(String projectId, String target, int attempt) {
		for (Compiled compiled : this.rules) {
			if (compiled.matcher().matches(projectId, target)) {
				return apply(compiled.rule(), attempt);
			}
		}
		return (Seeded.uniform(this.seed, target, attempt, "outcome") < this.successRate) ? Decision.SUCCEEDED
				: this.defaultFailure;
	}

	private Decision apply(OutcomeRule rule, int attempt) {
		Outcome outcome = rule.outcome();
		return switch (outcome) {
			case SUCCESS -> Decision.SUCCEEDED;
			case STUCK -> Decision.STUCK;
			case FAIL -> failure(rule);
			case FAIL_THEN_SUCCEED -> (attempt <= rule.failAttempts()) ? failure(rule) : Decision.SUCCEEDED;
		};
	}

	private Decision failure(OutcomeRule rule) {
		if (rule.errorCode() == null) {
			return this.defaultFailure;
		}
		return new Decision(Kind.FAIL, rule.errorCode(),
				(rule.errorMsg() != null) ? rule.errorMsg() : this.defaultFailure.errorMsg());
	}

}
