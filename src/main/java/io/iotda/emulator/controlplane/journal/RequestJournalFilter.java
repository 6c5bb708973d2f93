package io.iotda.emulator.controlplane.journal;

import io.iotda.emulator.controlplane.EmulatorProperties;
import io.iotda.emulator.web.RequestIds;
import io.iotda.emulator.web.RoutedPath;
import io.iotda.emulator.web.filter.FilterOrder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Writes every call of the emulated API ({@code /v5/...}) into the request journal:
 * method, path, status, latency, request id and the start of the body (only that much is
 * kept in memory). Which requests those are is read from the path as Spring MVC routes it
 * ({@link RoutedPath}), so every spelling of {@code /v5/...} is journaled, as the client
 * spelled it (with the refusal, for an ambiguous one). Runs after the request-id filter
 * and before the body-size limit.
 */
@Component
@Order(FilterOrder.REQUEST_JOURNAL)
class RequestJournalFilter extends OncePerRequestFilter {

	private final Supplier<RequestJournal> journals;

	private final Supplier<EmulatorProperties> properties;

	/**
	 * Takes its collaborators through providers: a web slice test has filters without the
	 * control plane. Looked up once, not on every request.
	 */
	RequestJournalFilter(ObjectProvider<RequestJournal> journals, ObjectProvider<EmulatorProperties> properties) {
		this.journals = SingletonSupplier.ofNullable(journals::getIfAvailable);
		this.properties = SingletonSupplier.ofNullable(properties::getIfAvailable);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !RoutedPath.of(request).startsWith("v5") || this.journals.get() == null || this.properties.get() == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		RequestJournal journal = this.journals.get();
		int excerpt = this.properties.get().journalBodyExcerpt();
		ContentCachingRequestWrapper cached = new ContentCachingRequestWrapper(request, Math.max(excerpt, 1));
		try {
			chain.doFilter(cached, response);
		}
		finally {
			byte[] body = cached.getContentAsByteArray();
			int length = Math.min(body.length, excerpt);
			String text = (length > 0) ? new String(body, 0, length, StandardCharsets.UTF_8) : null;
			boolean truncated = body.length > excerpt || request.getContentLengthLong() > excerpt;
			journal.record(new RequestJournal.Entry(Instant.now().toString(), request.getMethod(),
					RoutedPath.of(request).asSent(), request.getQueryString(), response.getStatus(),
					(System.nanoTime() - start) / 1_000_000, RequestIds.of(request), text, truncated));
		}
	}

}
