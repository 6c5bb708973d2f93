package io.iotda.emulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.iotda.emulator.simulation.OutcomeRule.MatchType;
import io.iotda.emulator.simulation.OutcomeRule.Outcome;
import io.iotda.emulator.simulation.Outcomes.Kind;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutcomesTests {

	private static final String CODE = "IOTDA.EMULATOR.DEVICE_FAILURE";

	private static OutcomeRule rule(MatchType type, String pattern, Outcome outcome, Integer failAttempts) {
		return new OutcomeRule("r", 1, null, type, pattern, outcome, "E.1", "scripted", failAttempts);
	}

	private static Outcomes outcomes(double successRate, long seed, OutcomeRule... rules) {
		return new Outcomes(List.of(rules), seed, successRate, CODE, "default failure");
	}

	@Test
	void theFirstMatchingRuleDecides() {
		Outcomes outcomes = outcomes(1.0, 1, rule(MatchType.EXACT, "dev-1", Outcome.FAIL, null),
				rule(MatchType.GLOB, "dev-*", Outcome.STUCK, null));

		assertThat(outcomes.decide("p", "dev-1", 1)).isEqualTo(new Outcomes.Decision(Kind.FAIL, "E.1", "scripted"));
		assertThat(outcomes.decide("p", "dev-2", 1).kind()).isEqualTo(Kind.STUCK);
		assertThat(outcomes.decide("p", "other", 1).kind()).isEqualTo(Kind.SUCCESS);
	}

	@Test
	void globsMatchWholeIdsWithStarAndQuestionMarkOnly() {
		Outcomes outcomes = outcomes(1.0, 1, rule(MatchType.GLOB, "a?.b*", Outcome.FAIL, null));

		assertThat(outcomes.decide("p", "a1.bxyz", 1).kind()).isEqualTo(Kind.FAIL);
		assertThat(outcomes.decide("p", "a1xbxyz", 1).kind()).isEqualTo(Kind.SUCCESS);
		assertThat(outcomes.decide("p", "za1.b", 1).kind()).isEqualTo(Kind.SUCCESS);
	}

	@Test
	void regexesMustMatchTheWholeId() {
		Outcomes outcomes = outcomes(1.0, 1, rule(MatchType.REGEX, "dev-[0-9]+", Outcome.FAIL, null));

		assertThat(outcomes.decide("p", "dev-42", 1).kind()).isEqualTo(Kind.FAIL);
		assertThat(outcomes.decide("p", "dev-42x", 1).kind()).isEqualTo(Kind.SUCCESS);
	}

	@Test
	void failThenSucceedFailsTheFirstAttemptsOnly() {
		Outcomes outcomes = outcomes(1.0, 1, rule(MatchType.EXACT, "d", Outcome.FAIL_THEN_SUCCEED, 2));

		assertThat(outcomes.decide("p", "d", 1).kind()).isEqualTo(Kind.FAIL);
		assertThat(outcomes.decide("p", "d", 2).kind()).isEqualTo(Kind.FAIL);
		assertThat(outcomes.decide("p", "d", 3).kind()).isEqualTo(Kind.SUCCESS);
	}

	@Test
	void aRuleOfOneProjectLeavesOtherProjectsAlone() {
		OutcomeRule scoped = new OutcomeRule("r", 1, "p1", MatchType.EXACT, "d", Outcome.FAIL, null, null, null);
		Outcomes outcomes = outcomes(1.0, 1, scoped);

		assertThat(outcomes.decide("p1", "d", 1)).isEqualTo(new Outcomes.Decision(Kind.FAIL, CODE, "default failure"));
		assertThat(outcomes.decide("p2", "d", 1).kind()).isEqualTo(Kind.SUCCESS);
	}

	@Test
	void theDefaultSuccessRateIsSeededAndReproducible() {
		List<Kind> first = IntStream.range(0, 2000)
			.mapToObj((i) -> outcomes(0.7, 42).decide("p", "dev-" + i, 1).kind())
			.toList();
		List<Kind> again = IntStream.range(0, 2000)
			.mapToObj((i) -> outcomes(0.7, 42).decide("p", "dev-" + i, 1).kind())
			.toList();
		List<Kind> otherSeed = IntStream.range(0, 2000)
			.mapToObj((i) -> outcomes(0.7, 43).decide("p", "dev-" + i, 1).kind())
			.toList();

		assertThat(again).isEqualTo(first);
		assertThat(otherSeed).isNotEqualTo(first);
		long successes = first.stream().filter((kind) -> kind == Kind.SUCCESS).count();
		assertThat(successes).isBetween(1300L, 1500L);
		assertThat(outcomes(0.0, 42).decide("p", "x", 1).kind()).isEqualTo(Kind.FAIL);
		assertThat(outcomes(1.0, 42).decide("p", "x", 1).kind()).isEqualTo(Kind.SUCCESS);
	}

	@Test
	void durationsStayInTheirRangeInWholeSecondsAndFewSteps() {
		SimulationProperties.Range range = new SimulationProperties.Range(Duration.ofSeconds(20),
				Duration.ofSeconds(120));
		List<Duration> durations = IntStream.range(0, 5000)
			.mapToObj((i) -> Seeded.duration(range, 42, "dev-" + i, 1, "run"))
			.toList();

		assertThat(durations)
			.allSatisfy((d) -> assertThat(d).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(120)));
		assertThat(durations).allSatisfy((d) -> assertThat(d.toNanosPart()).isZero());
		assertThat(durations.stream().distinct().count()).isLessThanOrEqualTo(Seeded.DURATION_STEPS).isGreaterThan(8);
		assertThat(durations).contains(Duration.ofSeconds(20), Duration.ofSeconds(120));
	}

	@Test
	void refusesRulesThatCannotWork() {
		assertThatIllegalArgumentException().isThrownBy(() -> rule(MatchType.REGEX, "([", Outcome.FAIL, null));
		assertThatIllegalArgumentException().isThrownBy(() -> rule(MatchType.EXACT, "d", Outcome.FAIL_THEN_SUCCEED, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> rule(MatchType.EXACT, "", Outcome.FAIL, null));
	}

	@Test
	void regexesUseRe2SyntaxAndRefuseWhatNeedsBacktracking() {
		Outcomes outcomes = outcomes(1.0, 1,
				rule(MatchType.REGEX, "(?i)dev-\\d{2,3}|x[[:alpha:]]+", Outcome.FAIL, null));

		assertThat(outcomes.decide("p", "DEV-042", 1).kind()).isEqualTo(Kind.FAIL);
		assertThat(outcomes.decide("p", "xabc", 1).kind()).isEqualTo(Kind.FAIL);
		assertThat(outcomes.decide("p", "dev-4", 1).kind()).isEqualTo(Kind.SUCCESS);
		for (String needsBacktracking : new String[] { "(a)\\1", "a(?=b)", "a(?!b)", "(?<=a)b", "a++", "(?>a)" }) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> rule(MatchType.REGEX, needsBacktracking, Outcome.FAIL, null))
				.withMessageContaining("RE2");
		}
	}

	@Test
	void decidesAtOncePatternsThatMakeBacktrackingMatchersRunForHours() {
		Outcomes outcomes = outcomes(1.0, 1, rule(MatchType.REGEX, "((a+)+)+b", Outcome.FAIL, null),
				rule(MatchType.REGEX, "(a|aa)+c", Outcome.STUCK, null));

		assertThat(outcomes.decide("p", "a".repeat(100), 1).kind()).isEqualTo(Kind.SUCCESS);
		assertThat(outcomes.decide("p", "a".repeat(100) + "b", 1).kind()).isEqualTo(Kind.FAIL);
		assertThat(outcomes.decide("p", "a".repeat(100) + "c", 1).kind()).isEqualTo(Kind.STUCK);
	}

}
