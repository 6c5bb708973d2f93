package io.iotda.emulator.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per project: {@code capacity} requests at once, refilled at
 * {@code requestsPerSecond}. Time comes from a monotonic nanosecond source, not the
 * emulator's clock, so moving the emulated time does not open or close the gate.
 */
final class ProjectRateLimiter {

	/**
	 * Buckets kept at most; past it, full (idle) buckets are dropped so path values
	 * cannot grow memory.
	 */
	static final int MAX_PROJECTS = 10_000;

	private final double perNano;

	private final double capacity;

	private final LongSupplier nanoTime;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	ProjectRateLimiter(double requestsPerSecond, double capacity, LongSupplier nanoTime) {
		this.perNano = requestsPerSecond / 1_000_000_000d;
		this.capacity = capacity;
		this.nanoTime = nanoTime;
	}

	/** Takes one request from the project's bucket; false when the bucket is empty. */
	boolean tryAcquire(String project) {
		if (this.buckets.size() >= MAX_PROJECTS && !this.buckets.containsKey(project)) {
			long now = this.nanoTime.getAsLong();
			this.buckets.values().removeIf((bucket) -> bucket.isFull(now));
		}
		return this.buckets.computeIfAbsent(project, (key) -> new Bucket(this.nanoTime.getAsLong()))
			.tryTake(this.nanoTime.getAsLong());
	}

	private final class Bucket {

		private double tokens;

		private long updated;

		Bucket(long now) {
			this.tokens = ProjectRateLimiter.this.capacity;
			this.updated = now;
		}

		synchronized boolean tryTake(long now) {
			refill(now);
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return true;
			}
			return false;
		}

		synchronized boolean isFull(long now) {
			refill(now);
			return this.tokens >= ProjectRateLimiter.this.capacity;
		}

		private void refill(long now) {
			long elapsed = Math.max(0, now - this.updated);
			this.tokens = Math.min(ProjectRateLimiter.this.capacity,
					this.tokens + elapsed * ProjectRateLimiter.this.perNano);
			this.updated = now;
		}

	}

}
