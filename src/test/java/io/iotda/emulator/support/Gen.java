package io.iotda.emulator.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A generator of test values from a seeded random source: the hostile-input tests' own
 * small replacement for a property-based testing library. The same seed gives the same
 * values in every JVM ({@link SplittableRandom} is specified to), so a failing case is
 * found again from the seed and the case number its test name prints.
 *
 * @param <T> what it generates
 */
@FunctionalInterface
public interface Gen<T> {

	/** How often {@link #filter} draws before it gives up. */
	int MAX_FILTER_DRAWS = 10_000;

	T next(SplittableRandom random);

	default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
		return (random) -> mapper.apply(next(random));
	}

	/** Draws until a value passes; fails if none does in {@link #MAX_FILTER_DRAWS}. */
	default Gen<T> filter(Predicate<? super T> predicate) {
		return (random) -> {
			for (int i = 0; i < MAX_FILTER_DRAWS; i++) {
				T value = next(random);
				if (predicate.test(value)) {
					return value;
				}
			}
			throw new IllegalStateException("No generated value passed the filter in " + MAX_FILTER_DRAWS + " draws");
		};
	}

	/** Lists of {@code min} to {@code max} values; the bounds themselves come often. */
	default Gen<List<T>> list(int min, int max) {
		return (random) -> {
			int size = size(random, min, max);
			List<T> values = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				values.add(next(random));
			}
			return values;
		};
	}

	/** {@code null} with the given probability, else a value. */
	default Gen<T> orNull(double probability) {
		return (random) -> (random.nextDouble() < probability) ? null : next(random);
	}

	/** The first {@code count} values drawn from {@code seed}. */
	default List<T> sample(long seed, int count) {
		SplittableRandom random = new SplittableRandom(seed);
		List<T> values = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			values.add(next(random));
		}
		return values;
	}

	/**
	 * The first {@code count} values drawn from {@code seed}, as arguments of a
	 * parameterized test.
	 */
	default Stream<Arguments> arguments(long seed, int count) {
		return sample(seed, count).stream().map(Arguments::of);
	}

	/**
	 * Rows of a parameterized test: the first {@code count} draws from {@code seed}, a
	 * value of each column per row.
	 */
	static Stream<Arguments> rows(long seed, int count, Gen<?>... columns) {
		Gen<Arguments> rows = (random) -> Arguments
			.of(Arrays.stream(columns).map((column) -> column.next(random)).toArray());
		return rows.sample(seed, count).stream();
	}

	static <T> Gen<T> just(T value) {
		return (random) -> value;
	}

	@SafeVarargs
	static <T> Gen<T> of(T... values) {
		return of(Arrays.asList(values));
	}

	static <T> Gen<T> of(List<T> values) {
		List<T> copy = new ArrayList<>(values);
		return (random) -> copy.get(random.nextInt(copy.size()));
	}

	static <E extends Enum<E>> Gen<E> of(Class<E> type) {
		return of(type.getEnumConstants());
	}

	/** One of the generators, each as likely. */
	@SafeVarargs
	static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
		List<Gen<? extends T>> all = List.of(generators);
		return (random) -> all.get(random.nextInt(all.size())).next(random);
	}

	/** One of the generators, each as often as its weight says. */
	@SafeVarargs
	static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
		List<Weighted<? extends T>> all = List.of(choices);
		int total = all.stream().mapToInt(Weighted::weight).sum();
		return (random) -> {
			int pick = random.nextInt(total);
			for (Weighted<? extends T> choice : all) {
				pick -= choice.weight();
				if (pick < 0) {
					return choice.generator().next(random);
				}
			}
			throw new IllegalStateException("weights changed");
		};
	}

	static <T> Weighted<T> weight(int weight, Gen<T> generator) {
		return new Weighted<>(weight, generator);
	}

	/** Integers from {@code min} to {@code max}, both included; the bounds come often. */
	static Gen<Integer> integers(int min, int max) {
		return (random) -> switch (random.nextInt(10)) {
			case 0 -> min;
			case 1 -> max;
			default -> (int) random.nextLong(min, (long) max + 1);
		};
	}

	/** Any int, with 0, ±1 and the extremes often. */
	static Gen<Integer> integers() {
		return (random) -> switch (random.nextInt(10)) {
			case 0 -> Integer.MIN_VALUE;
			case 1 -> Integer.MAX_VALUE;
			case 2 -> random.nextInt(-1, 2);
			default -> random.nextInt();
		};
	}

	/** Any double, with the special values often. */
	static Gen<Double> doubles() {
		Gen<Double> special = of(0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0);
		return (random) -> (random.nextInt(5) == 0) ? special.next(random) : Double.longBitsToDouble(random.nextLong());
	}

	/** Characters from {@code first} to {@code last}, both included. */
	static Gen<Character> chars(char first, char last) {
		return (random) -> (char) random.nextInt(first, last + 1);
	}

	/** One of the given characters. */
	static Gen<Character> chars(String characters) {
		return (random) -> characters.charAt(random.nextInt(characters.length()));
	}

	/** Any UTF-16 code unit: control characters and lone surrogates included. */
	static Gen<Character> anyChar() {
		return chars('\u0000', '\uffff');
	}

	static Gen<Character> alphanumeric() {
		return chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
	}

	/** Strings of {@code min} to {@code max} characters; the bounds come often. */
	static Gen<String> strings(Gen<Character> characters, int min, int max) {
		return (random) -> {
			int length = size(random, min, max);
			StringBuilder out = new StringBuilder(length);
			for (int i = 0; i < length; i++) {
				out.append(characters.next(random));
			}
			return out.toString();
		};
	}

	/** Byte arrays of up to {@code max} bytes, any values. */
	static Gen<byte[]> bytes(int max) {
		return (random) -> {
			byte[] bytes = new byte[size(random, 0, max)];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = (byte) random.nextInt(256);
			}
			return bytes;
		};
	}

	private static int size(SplittableRandom random, int min, int max) {
		return switch (random.nextInt(10)) {
			case 0 -> min;
			case 1 -> max;
			default -> random.nextInt(min, max + 1);
		};
	}

	/** A generator and how often {@link #frequency} picks it. */
	record Weighted<T>(int weight, Gen<T> generator) {
	}

}
