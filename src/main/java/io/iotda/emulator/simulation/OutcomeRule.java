package io.iotda.emulator.simulation;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Locale;

/**
 * A scripted outcome for the devices whose id matches: the first matching rule (lowest
 * {@code position}) decides each attempt of a subtask.
 *
 * <pre>
 * outcome            an attempt ...
 * success            succeeds
 * fail               fails with error_code / error_msg (retried while the task's retry policy allows)
 * fail_then_succeed  fails while attempt &lt;= fail_attempts, then succeeds
 * stuck              never finishes: the subtask stays Processing until it is stopped
 * </pre>
 *
 * Matching takes time linear in the device id (times the pattern) whatever the pattern:
 * globs are matched by {@link Glob}, regular expressions by RE2 ({@code re2j}), which has
 * no backreferences, lookaround, possessive quantifiers or atomic groups; such patterns
 * are refused when the rule is made.
 *
 * @param projectId only tasks of this project; null for every project
 * @param matchType {@code exact}, {@code glob} ({@code *} and {@code ?}) or {@code regex}
 * (RE2 syntax, whole id)
 */
public record OutcomeRule(String id, long position, String projectId, MatchType matchType, String pattern,
		Outcome outcome, String errorCode, String errorMsg, Integer failAttempts) {

	public enum MatchType {

		EXACT, GLOB, REGEX;

		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static MatchType of(String name) {
			for (MatchType type : values()) {
				if (type.wireName().equals(name)) {
					return type;
				}
			}
			throw new IllegalArgumentException("match_type must be exact, glob or regex");
		}

	}

	public enum Outcome {

		SUCCESS, FAIL, FAIL_THEN_SUCCEED, STUCK;

		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Outcome of(String name) {
			for (Outcome outcome : values()) {
				if (outcome.wireName().equals(name)) {
					return outcome;
				}
			}
			throw new IllegalArgumentException("outcome must be success, fail, fail_then_succeed or stuck");
		}

	}

	public OutcomeRule {
		if (pattern == null || pattern.isEmpty()) {
			throw new IllegalArgumentException("pattern is required");
		}
		if (outcome == Outcome.FAIL_THEN_SUCCEED && (failAttempts == null || failAttempts < 1)) {
			throw new IllegalArgumentException("fail_then_succeed needs fail_attempts of at least 1");
		}
		if (matchType == MatchType.REGEX) {
			compileRegex(pattern);
		}
	}

	/** The rule compiled for matching many device ids. */
	Matcher matcher() {
		return switch (this.matchType) {
			case EXACT -> (projectId, target) -> projectMatches(projectId) && this.pattern.equals(target);
			case GLOB -> {
				Glob glob = Glob.of(this.pattern);
				yield (projectId, target) -> projectMatches(projectId) && glob.matches(target);
			}
			case REGEX -> {
				Pattern regex = compileRegex(this.pattern);
				yield (projectId, target) -> projectMatches(projectId) && regex.matches(target);
			}
		};
	}

	private static Pattern compileRegex(String pattern) {
		try {
			return Pattern.compile(pattern);
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalArgumentException("pattern is not a regular expression in RE2 syntax (no backreferences, "
					+ "lookaround, possessive quantifiers or atomic groups): " + ex.getDescription());
		}
	}

	private boolean projectMatches(String taskProject) {
		return this.projectId == null || this.projectId.equals(taskProject);
	}

	@FunctionalInterface
	interface Matcher {

		boolean matches(String projectId, String target);

	}

}
