package io.iotda.emulator.security;

import io.iotda.emulator.web.error.ErrorResponses;
import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.filter.FilterOrder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests to {@code /v5/iot/{project_id}/**} over the project's rate with 403
 * {@code IOTDA.021101} "Request reached the maximum rate limit." Off unless
 * {@code iotda.rate-limit.requests-per-second} is set. Runs after authentication, so only
 * requests that passed it count.
 */
@Component
@Order(FilterOrder.RATE_LIMIT)
class RateLimitFilter extends OncePerRequestFilter {

	private final ProjectRateLimiter limiter;

	RateLimitFilter(RateLimitProperties properties) {
		this.limiter = properties.enabled()
				? new ProjectRateLimiter(properties.requestsPerSecond(), properties.capacity(), System::nanoTime)
				: null;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.limiter == null || !ApiPaths.isIotdaApi(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> project = ApiPaths.projectOf(request);
		if (project.isPresent() && !this.limiter.tryAcquire(project.get())) {
			ErrorResponses.write(request, response, IotdaError.RATE_LIMITED, null);
			return;
		}
		chain.doFilter(request, response);
	}

}
