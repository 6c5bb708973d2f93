package io.iotda.emulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GlobTests {

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

	@Property(tries = 500)
	void agreesWithTheRegularExpressionItStandsFor(@ForAll("globs") String glob, @ForAll("ids") String id) {
		String regex = glob.chars().mapToObj((c) -> switch (c) {
			case '*' -> ".*";
			case '?' -> ".";
			default -> Pattern.quote(String.valueOf((char) c));
		}).collect(Collectors.joining());
		assertThat(Glob.of(glob).matches(id)).isEqualTo(Pattern.matches(regex, id));
	}

	@Provide
	Arbitrary<String> globs() {
		return Arbitraries.strings().withChars("ab*?.").ofMaxLength(8);
	}

	@Provide
	Arbitrary<String> ids() {
		return Arbitraries.strings().withChars("ab.").ofMaxLength(10);
	}

}
