package io.iotda.emulator.simulation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reproducible randomness: a value in [0, 1) from the seed, the device id, the attempt
 * and a salt. The same inputs give the same value in every run and on every instance,
 * whatever order devices are processed in.
 */
final class Seeded {

	/**
	 * Durations take at most this many distinct values per range, so moves group into few
	 * statements.
	 */
	static final int DURATION_STEPS = 16;

	private Seeded() {
	}

	static double uniform(long seed, String target, int attempt, String salt) {
		long hash = 0xcbf29ce484222325L ^ seed;
		for (byte b : target.getBytes(StandardCharsets.UTF_8)) {
			hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
		}
		for (byte b : salt.getBytes(StandardCharsets.UTF_8)) {
			hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
		}
		hash = mix(hash ^ mix(attempt + 0x9e3779b97f4a7c15L));
		return (hash >>> 11) * 0x1.0p-53;
	}

	/**
	 * A whole number of seconds inside the range, in at most {@link #DURATION_STEPS}
	 * steps from {@code min} to {@code max}.
	 */
	static Duration duration(SimulationProperties.Range range, long seed, String target, int attempt, String salt) {
		long min = range.min().toSeconds();
		long max = Math.max(min, range.max().toSeconds());
		long span = max - min;
		if (span == 0) {
			return Duration.ofSeconds(min);
		}
		long steps = Math.min(span, DURATION_STEPS - 1);
		long step = (long) Math.floor(uniform(seed, target, attempt, salt) * (steps + 1));
		return Duration.ofSeconds(min + Math.round((double) span * Math.min(step, steps) / steps));
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
