package io.iotda.emulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Outcome rules match in time linear in the device id: a pattern that makes a
 * backtracking matcher run for hours decides at once, and regular-expression features
 * that need backtracking are refused when the rule is made.
 */
class OutcomeRuleMatchingIntegrationTests extends AbstractManualClockIntegrationTests {

	private static final String FORTY_AS = "a".repeat(40);

	@Test
	void patternsThatWouldBacktrackForeverDecideAtOnce() {
		rule("""
				{"match_type":"regex","pattern":"((a+)+)+b","outcome":"fail"}""");
		rule("""
				{"match_type":"glob","pattern":"*a*a*a*a*a*a*a*a*a*a*a*a*b","outcome":"fail"}""");
		rule("""
				{"match_type":"regex","pattern":"(a|aa)+c","outcome":"stuck"}""");
		String taskId = createUpgrade(FORTY_AS, FORTY_AS + "b", FORTY_AS + "c");

		// generous: the point is that it ends; a backtracking matcher needs hours here
		assertTimeoutPreemptively(Duration.ofMinutes(2), () -> advance(35));

		assertThat(details(taskId))
			.isEqualTo(Map.of(FORTY_AS, "Success", FORTY_AS + "b", "Fail", FORTY_AS + "c", "Processing"));
		assertCountersMatchRows(taskId);
	}

	@Test
	void refusesRegularExpressionFeaturesThatNeedBacktracking() {
		for (String pattern : new String[] { "(a)\\\\1", "dev-(?=1)\\\\d+", "dev-(?!1)\\\\d+", "(?<=x)y", "a++",
				"(?>a)" }) {
			api().body("{\"match_type\":\"regex\",\"pattern\":\"" + pattern + "\",\"outcome\":\"fail\"}")
				.post("/_emulator/outcome-rules")
				.then()
				.statusCode(400)
				.body("error_code", equalTo("IOTDA.000006"))
				.body("error_msg", containsString("pattern"));
		}
		api().get("/_emulator/outcome-rules").then().statusCode(200).body("rules.size()", equalTo(0));
	}

	@Test
	void keepsWholeIdMatchingForRegexesAndGlobs() {
		rule("""
				{"match_type":"regex","pattern":"dev-[0-9]+","outcome":"fail"}""");
		rule("""
				{"match_type":"glob","pattern":"g?_*","outcome":"fail"}""");
		String taskId = createUpgrade("dev-12", "dev-12x", "xdev-12", "g1_x", "g1x", "g12_x");

		advance(35);

		assertThat(details(taskId)).isEqualTo(Map.of("dev-12", "Fail", "dev-12x", "Success", "xdev-12", "Success",
				"g1_x", "Fail", "g1x", "Success", "g12_x", "Success"));
	}

}
