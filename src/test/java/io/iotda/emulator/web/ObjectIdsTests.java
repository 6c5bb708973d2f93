package io.iotda.emulator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ObjectIdsTests {

	@Test
	void areTwentyFourLowerCaseHexDigits() {
		for (int i = 0; i < 1_000; i++) {
			assertThat(ObjectIds.next()).matches("[0-9a-f]{24}");
		}
	}

	@Test
	void startWithTheCurrentSecondsTimestamp() {
		long before = Instant.now().getEpochSecond();
		String id = ObjectIds.next();
		long after = Instant.now().getEpochSecond();

		long timestamp = Long.parseLong(id.substring(0, 8), 16);
		assertThat(timestamp).isBetween(before, after);
	}

	@Test
	void increaseStrictlyFromOneCallToTheNext() {
		String previous = ObjectIds.next();
		for (int i = 0; i < 50_000; i++) {
			String next = ObjectIds.next();
			assertThat(next).isGreaterThan(previous);
			previous = next;
		}
	}

	@Test
	void increaseStrictlyWithinEachThreadAndNeverRepeatAcrossThreads() throws Exception {
		int threads = 8;
		int perThread = 10_000;
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<List<String>>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				Callable<List<String>> draw = () -> {
					start.await();
					List<String> ids = new ArrayList<>(perThread);
					for (int i = 0; i < perThread; i++) {
						ids.add(ObjectIds.next());
					}
					return ids;
				};
				futures.add(executor.submit(draw));
			}
			start.countDown();
			Set<String> all = new HashSet<>();
			for (Future<List<String>> future : futures) {
				List<String> ids = future.get(30, TimeUnit.SECONDS);
				assertThat(ids).isSorted().doesNotHaveDuplicates();
				all.addAll(ids);
			}
			assertThat(all).hasSize(threads * perThread);
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void anIdDrawnAfterAnotherOnAnyThreadIsGreater() throws Exception {
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			String previous = ObjectIds.next();
			for (int i = 0; i < 1_000; i++) {
				String other = executor.submit(ObjectIds::next).get(10, TimeUnit.SECONDS);
				String mine = ObjectIds.next();
				assertThat(other).isGreaterThan(previous);
				assertThat(mine).isGreaterThan(other);
				previous = mine;
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void areBelowTheFirstPageMarker() {
		assertThat(ObjectIds.next()).isLessThan(ObjectIds.FIRST_MARKER);
		assertThat(ObjectIds.isMarker(ObjectIds.FIRST_MARKER)).isTrue();
	}

	@Test
	void acceptAsMarkerExactlyTwentyFourLowerCaseHexDigits() {
		assertThat(ObjectIds.isMarker(ObjectIds.next())).isTrue();
		assertThat(ObjectIds.isMarker("0123456789abcdef01234567")).isTrue();
	}

	@Test
	void refuseAsMarkerAnythingElse() {
		assertThat(ObjectIds.isMarker(null)).isFalse();
		assertThat(ObjectIds.isMarker("")).isFalse();
		assertThat(ObjectIds.isMarker("0123456789abcdef0123456")).as("23 digits").isFalse();
		assertThat(ObjectIds.isMarker("0123456789abcdef012345678")).as("25 digits").isFalse();
		assertThat(ObjectIds.isMarker("0123456789ABCDEF01234567")).as("upper case").isFalse();
		assertThat(ObjectIds.isMarker("0123456789abcdeg01234567")).as("not hex").isFalse();
		assertThat(ObjectIds.isMarker("0123456789abcdef0123456\n")).as("trailing newline").isFalse();
	}

	@Test
	void taskIdPatternTakesUpToTwentyFourLowerCaseHexDigits() {
		assertThat("abc").matches(ObjectIds.TASK_ID_PATTERN);
		assertThat(ObjectIds.next()).matches(ObjectIds.TASK_ID_PATTERN);
		assertThat("").doesNotMatch(ObjectIds.TASK_ID_PATTERN);
		assertThat("0123456789abcdef012345678").doesNotMatch(ObjectIds.TASK_ID_PATTERN);
		assertThat("ABC").doesNotMatch(ObjectIds.TASK_ID_PATTERN);
		assertThat("xyz").doesNotMatch(ObjectIds.TASK_ID_PATTERN);
	}

}
