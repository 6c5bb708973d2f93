package io.iotda.emulator.simulation;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

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
 * @param projectId only tasks of this project; null for every project
 * @param matchType {@code exact}, {@code glob} ({@code *} and {@code ?}) or {@code regex}
 * (whole id)
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
			try {
				Pattern.compile(pattern);
			}
			catch (PatternSyntaxException ex) {
				throw new IllegalArgumentException("pattern is not a valid regular expression: " + ex.getDescription());
			}
		}
	}

	/** The rule compiled for matching many device ids. */
	Matcher matcher() {
		return switch (this.matchType) {
			case EXACT -> (projectId, target) -> projectMatches(projectId) && this.pattern.equals(target);
			case GLOB -> {
				Pattern regex = Pattern.compile(globToRegex(this.pattern));
				yield (projectId, target) -> projectMatches(projectId) && regex.matcher(target).matches();
			}
			case REGEX -> {
				Pattern regex = Pattern.compile(this.pattern);
				yield (projectId, target) -> projectMatches(projectId) && regex.matcher(target).matches();
			}
		};
	}

	private boolean projectMatches(String taskProject) {
		return this.projectId == null || this.projectId.equals(taskProject);
	}

	static String globToRegex(String glob) {
		StringBuilder regex = new StringBuilder();
		for (char c : glob.toCharArray()) {
			switch (c) {
				case '*' -> regex.append(".*");
				case '?' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return regex.toString();
	}

	@FunctionalInterface
	interface Matcher {

		boolean matches(String projectId, String target);

	}

}
