package io.iotda.emulator.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * A small seeded generator of hostile input: strings, path segments, JSON values and
 * bytes that break rules the way careless or malicious clients do (over-long values, NUL
 * and other control characters, lone surrogates, invalid UTF-8, wrong JSON types, huge
 * numbers, deep nesting), mixed with ordinary values so that some requests get through.
 * <p>
 * {@link Random}'s algorithm is fixed by its specification, so a seed gives the same
 * cases in every JVM; tests print the seed with every failure, and a case is replayed by
 * running its test again.
 */
public final class HostileInputs {

	/** Strings that have broken parsers, databases or logs somewhere. */
	private static final List<String> NOTORIOUS = List.of("", " ", "\u0000", "a\u0000b", "\u0001\u0007\b\u001b[31m",
			"\t\r\n", "\u007f", "\u0085", "\u2028", "\ud800", "\udfffx", "x\ud83d", "😀", "中文", "\u202etxt.exe",
			"\ufeff", "\uffff", "%00", "%", "../../etc/passwd", "' OR 1=1 --", "\"; DROP TABLE batch_task; --",
			"${jndi:ldap://127.0.0.1/a}", "<script>alert(1)</script>", "null", "true", "0", "-1", "NaN", "\\", "\"",
			"{}", "[]", "a*", ".*", "((a+)+)+b", "[", "(?", "\\u0000");

	/** Lengths at and around the limits of the control plane's columns. */
	private static final List<Integer> LENGTHS = List.of(0, 1, 24, 25, 32, 33, 36, 37, 64, 65, 128, 129, 256, 257, 512,
			513, 2048, 2049, 70_000);

	/**
	 * Characters random text is made of: ASCII, controls, Latin-1, CJK, surrogates,
	 * emoji.
	 */
	private static final String POOL = "abcXYZ019_-.*?:/\\%\"' \u0000\u0001\u001f\u007f\u00e9\u00ff\u4e2d\ud800\udc00"
			+ "\ud83d\ude00\u200b";

	private static final List<String> NUMBERS = List.of("0", "1", "-1", "1.5", "-0", "1e3", "1e400", "-1e400",
			"2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
			"-9223372036854775809", "1" + "0".repeat(400), "0." + "0".repeat(400) + "1", "4.9e-324");

	private final long seed;

	private final Random random;

	public HostileInputs(long seed) {
		this.seed = seed;
		this.random = new Random(seed);
	}

	public long seed() {
		return this.seed;
	}

	/** True in {@code percent} of the calls. */
	public boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

	/** A number from {@code min} to {@code max}, both included. */
	public int between(int min, int max) {
		return min + this.random.nextInt(max - min + 1);
	}

	public <T> T oneOf(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** A hostile string: notorious, of a length at a column's limit, or random. */
	public String text() {
		return switch (this.random.nextInt(4)) {
			case 0 -> oneOf(NOTORIOUS);
			case 1 -> "a".repeat(oneOf(LENGTHS));
			case 2 -> oneOf(List.of("d", "中", "😀", "\u0000")).repeat(oneOf(LENGTHS));
			default -> randomText(between(0, 40));
		};
	}

	/**
	 * A request-target path segment, already percent-encoded as it goes on the wire:
	 * hostile text, or bytes that are not UTF-8 at all.
	 */
	public String pathSegment() {
		if (chance(30)) {
			return oneOf(List.of("%00", "%FF", "%C3%28", "%ED%A0%80", "%F8%88%80%80%80", "%E4%B8%AD", "..", "%2e%2e",
					"a;b=c", "%25", "%2F", "%20", "a%0Ab", "%7F", "-", "_"));
		}
		String text = text();
		return RawHttp.encode((text.length() > 3000) ? text.substring(0, 3000) : text);
	}

	/** A hostile number, as JSON text. */
	public String number() {
		return chance(70) ? oneOf(NUMBERS) : String.valueOf(this.random.nextLong());
	}

	/** Any JSON value, nested at most {@code depth} deep, as JSON text. */
	public String jsonValue(int depth) {
		int kind = this.random.nextInt((depth > 0) ? 7 : 5);
		return switch (kind) {
			case 0 -> "null";
			case 1 -> oneOf(List.of("true", "false"));
			case 2 -> number();
			case 3, 4 -> quote(text());
			case 5 -> {
				StringBuilder array = new StringBuilder("[");
				for (int i = between(0, 3); i > 0; i--) {
					array.append(jsonValue(depth - 1)).append((i > 1) ? "," : "");
				}
				yield array.append(']').toString();
			}
			default -> {
				StringBuilder object = new StringBuilder("{");
				for (int i = between(0, 3); i > 0; i--) {
					object.append(quote(text().length() > 100 ? "k" : text()))
						.append(':')
						.append(jsonValue(depth - 1))
						.append((i > 1) ? "," : "");
				}
				yield object.append('}').toString();
			}
		};
	}

	/** Arrays or objects nested deeper than any parser should follow. */
	public String deepJson() {
		int depth = oneOf(List.of(100, 1_000, 10_000, 100_000));
		return chance(50) ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
	}

	/** A body whose bytes are not valid UTF-8 (inside a JSON string, or anywhere). */
	public byte[] invalidUtf8() {
		byte[] bad = oneOf(List.of(new byte[] { (byte) 0xff, (byte) 0xfe }, new byte[] { (byte) 0xc3, 0x28 },
				new byte[] { (byte) 0xed, (byte) 0xa0, (byte) 0x80 },
				new byte[] { (byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 },
				new byte[] { (byte) 0xc0, (byte) 0xaf }, new byte[] { (byte) 0xe4, (byte) 0xb8 }));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (chance(70)) {
			out.writeBytes("{\"a\":\"".getBytes(StandardCharsets.US_ASCII));
			out.writeBytes(bad);
			out.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
		}
		else {
			out.writeBytes(bad);
		}
		return out.toByteArray();
	}

	/**
	 * A JSON string literal of any text: quotes, backslashes and control characters
	 * escaped, lone surrogates written as {@code \\uXXXX} escapes (they have no UTF-8
	 * form), everything else as it is.
	 */
	public static String quote(String text) {
		return quote(text, true);
	}

	/**
	 * A JSON string literal of any text, as {@link #quote(String)} but with every
	 * surrogate escaped, paired ones (emoji) included.
	 */
	public static String quoteEscapingSurrogates(String text) {
		return quote(text, false);
	}

	private static String quote(String text, boolean keepPairs) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean paired = keepPairs && Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			if (paired) {
				out.append(c).append(text.charAt(++i));
			}
			else if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(POOL.charAt(this.random.nextInt(POOL.length())));
		}
		return text.toString();
	}

}
