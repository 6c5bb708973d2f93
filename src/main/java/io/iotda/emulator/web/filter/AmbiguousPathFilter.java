package io.iotda.emulator.web.filter;

import io.iotda.emulator.web.RoutedPath;
import io.iotda.emulator.web.error.ErrorResponses;
import io.iotda.emulator.web.error.IotdaError;
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
 * Refuses a path spelled so that the router would read it as another one
 * ({@code /v5;x=1/iot/...}, {@code /%765/iot/...}, {@code /v5/./iot/...}) or holding an
 * empty segment, with 400 {@code IOTDA.000008}, before anything routes it. No client
 * needs these spellings, and refusing them keeps the journal and the logs to one spelling
 * per path. The filters that guard paths decide on the {@link RoutedPath} all the same,
 * so they would hold without this one. Runs after the request journal and the request
 * log, which record the refusal.
 */
@Component
@Order(FilterOrder.AMBIGUOUS_PATH)
class AmbiguousPathFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> ambiguity = RoutedPath.of(request).ambiguity();
		if (ambiguity.isPresent()) {
			ErrorResponses.write(request, response, IotdaError.INVALID_FORMAT, ambiguity.get());
			return;
		}
		chain.doFilter(request, response);
	}

}
