package io.iotda.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProjectRateLimiterTests {

	private static final long SECOND = 1_000_000_000L;

	private final AtomicLong now = new AtomicLong(42 * SECOND);

	private final ProjectRateLimiter limiter = new ProjectRateLimiter(2, 3, this.now::get);

	@Test
	void allowsABurstThenTheRate() {
		assertThat(takes("p1", 4)).containsExactly(true, true, true, false);
		this.now.addAndGet(SECOND / 2);
		assertThat(takes("p1", 2)).containsExactly(true, false);
		this.now.addAndGet(10 * SECOND);
		assertThat(takes("p1", 4)).containsExactly(true, true, true, false);
	}

	@Test
	void keepsOneBucketPerProject() {
		assertThat(takes("p1", 4)).containsExactly(true, true, true, false);
		assertThat(takes("p2", 1)).containsExactly(true);
	}

	@Test
	void forgetsIdleProjectsRatherThanGrowWithoutBound() {
		for (int i = 0; i < ProjectRateLimiter.MAX_PROJECTS + 10; i++) {
			assertThat(this.limiter.tryAcquire("project-" + i)).isTrue();
			this.now.addAndGet(SECOND);
		}
		assertThat(takes("project-0", 3)).containsExactly(true, true, true);
	}

	@Test
	void rateLimitPropertiesAreOffByDefaultAndBurstDefaultsToOneSecond() {
		assertThat(new RateLimitProperties(0, 0).enabled()).isFalse();
		assertThat(new RateLimitProperties(2.5, 0).capacity()).isEqualTo(3);
		assertThat(new RateLimitProperties(0.01, 0).capacity()).isEqualTo(1);
		assertThat(new RateLimitProperties(10, 4).capacity()).isEqualTo(4);
	}

	private Boolean[] takes(String project, int count) {
		Boolean[] taken = new Boolean[count];
		for (int i = 0; i < count; i++) {
			taken[i] = this.limiter.tryAcquire(project);
		}
		return taken;
	}

}
