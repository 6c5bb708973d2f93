package io.iotda.emulator.web.filter;

import io.iotda.emulator.web.RequestIds;
import io.iotda.emulator.web.RoutedPath;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs one line per request: method, path, status, latency and request id. The values are
 * also attached as key/value pairs, so structured (JSON) logs carry them as fields. Runs
 * inside the {@link RequestIdFilter}, so the id is known. Requests to {@code /actuator}
 * (health checks every few seconds, scrapes) are logged at DEBUG to keep the log
 * readable.
 */
@Component
@Order(FilterOrder.REQUEST_LOG)
class RequestLogFilter extends OncePerRequestFilter {

	static final String LOGGER_NAME = "io.iotda.emulator.web.RequestLog";

	private static final Logger logger = LoggerFactory.getLogger(LOGGER_NAME);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			long nanos = System.nanoTime() - start;
			// An exception that escaped every handler becomes a 500 on the error
			// dispatch.
			int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
			log(request, status, nanos);
		}
	}

	private void log(HttpServletRequest request, int status, long nanos) {
		RoutedPath routed = RoutedPath.of(request);
		Level level = routed.startsWith("actuator") ? Level.DEBUG : Level.INFO;
		if (!logger.isEnabledForLevel(level)) {
			return;
		}
		String path = routed.asSent();
		// Field names of the Elastic Common Schema (event.duration in nanoseconds); the
		// request id is
		// in the logging context already (requestId).
		logger.atLevel(level)
			.addKeyValue("http.request.method", request.getMethod())
			.addKeyValue("url.path", path)
			.addKeyValue("http.response.status_code", status)
			.addKeyValue("event.duration", nanos)
			.log("{} {} {} {}ms request_id={}", request.getMethod(), path, status, TimeUnit.NANOSECONDS.toMillis(nanos),
					RequestIds.of(request));
	}

}
