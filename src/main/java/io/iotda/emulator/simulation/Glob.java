package io.iotda.emulator.simulation;

/**
 * A glob matching whole device ids: {@code *} stands for any run of characters (also
 * none), {@code ?} for exactly one, every other character for itself. Matches in time
 * proportional to pattern length times id length at worst, without recursion or
 * backtracking over earlier stars.
 */
final class Glob {

	private static final int ANY_RUN = '*';

	private static final int ANY_ONE = '?';

	private final int[] pattern;

	private Glob(int[] pattern) {
		this.pattern = pattern;
	}

	static Glob of(String pattern) {
		return new Glob(pattern.codePoints().toArray());
	}

	boolean matches(String id) {
		int[] text = id.codePoints().toArray();
		int p = 0;
		int t = 0;
		// the last star seen, and where in the text its run currently ends
		int star = -1;
		int runEnd = 0;
		while (t < text.length) {
			if (p < this.pattern.length && this.pattern[p] == ANY_RUN) {
				star = p++;
				runEnd = t;
			}
			else if (p < this.pattern.length && (this.pattern[p] == ANY_ONE || this.pattern[p] == text[t])) {
				p++;
				t++;
			}
			else if (star >= 0) {
				// let the last star take one more character and try again from there; an
				// earlier star never needs to take more (the later one covers it)
				p = star + 1;
				t = ++runEnd;
			}
			else {
				return false;
			}
		}
		while (p < this.pattern.length && this.pattern[p] == ANY_RUN) {
			p++;
		}
		return p == this.pattern.length;
	}

}
