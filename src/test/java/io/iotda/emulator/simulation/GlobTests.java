package io.iotda.emulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.Gen;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GlobTests {

	private static final long SEED = 20261202L;

	@Test
	void starMatchesAnyRunOfCharactersAlsoNone() {
		assertThat(Glob.of("dev-*").matches("dev-")).isTrue();
		assertThat(Glob.of("dev-*").matches("dev-0042")).isTrue();
		assertThat(Glob.of("*-42").matches("dev-42")).isTrue();
		assertThat(Glob.of("*").matches("")).isTrue();
		assertThat(Glob.of("a*b*c").matches("abc")).isTrue();
		assertThat(Glob.of("a*b*c").matches("axxbyyc")).isTrue();
		assertThat(Glob.of("a*b*c").matches("axxbyy")).isFalse();
		assertThat(Glob.of("a*bc").matches("abcbc")).isTrue();
	}

	@Test
	void questionMarkMatchesExactlyOneCharacter() {
		assertThat(Glob.of("d?").matches("d1")).isTrue();
		assertThat(Glob.of("d?").matches("d")).isFalse();
		assertThat(Glob.of("d?").matches("d12")).isFalse();
		assertThat(Glob.of("d?").matches("d\uD83D\uDE00")).isTrue();
	}

	@Test
	void matchesTheWholeIdAndTakesEveryOtherCharacterLiterally() {
		assertThat(Glob.of("dev").matches("dev-1")).isFalse();
		assertThat(Glob.of("dev").matches("my-dev")).isFalse();
		assertThat(Glob.of("a.b").matches("axb")).isFalse();
		assertThat(Glob.of("a.b").matches("a.b")).isTrue();
		assertThat(Glob.of("[ab]+\\d").matches("[ab]+\\d")).isTrue();
		assertThat(Glob.of("[ab]+\\d").matches("a1")).isFalse();
	}

	@Test
	void decidesPatternsThatMakeBacktrackingMatchersRunForHours() {
		String stars = "*a".repeat(30) + "*b";
		assertThat(Glob.of(stars).matches("a".repeat(200))).isFalse();
		assertThat(Glob.of(stars).matches("a".repeat(200) + "b")).isTrue();
	}

	@ParameterizedTest(name = "seed " + SEED + ", case {index}: {0} ~ {1}")
	@MethodSource("globsAndIds")
	void agreesWithTheRegularExpressionItStandsFor(String glob, String id) {
		String regex = glob.chars().mapToObj((c) -> switch (c) {
			case '*' -> ".*";
			case '?' -> ".";
			default -> Pattern.quote(String.valueOf((char) c));
		}).collect(Collectors.joining());
		assertThat(Glob.of(glob).matches(id)).isEqualTo(Pattern.matches(regex, id));
	}

	static Stream<Arguments> globsAndIds() {
		return Gen.rows(SEED, 500, Gen.strings(Gen.chars("ab*?."), 0, 8), Gen.strings(Gen.chars("ab."), 0, 10));
	}

}
