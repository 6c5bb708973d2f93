package io.iotda.emulator.controlplane.journal;

import io.iotda.emulator.web.RequestIds;
import io.iotda.emulator.web.RoutedPath;
import io.iotda.emulator.web.filter.FilterOrder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes every call of the emulated API ({@code /v5/...}) into the request journal: the
 * request's method, path, query, headers (credentials masked) and the start of its body;
 * the answer's status, headers and the start of its body; the request id, the latency,
 * both clocks' times, and the project and instance addressed. Which requests those are is
 * read from the path as Spring MVC routes it ({@link RoutedPath}), so every spelling of
 * {@code /v5/...} is journaled, as the client spelled it (with the refusal, for an
 * ambiguous one). Runs after the request-id filter and before the body-size limit.
 * <p>
 * It sits on every API request's path, so capture is cheap: bodies are copied only up to
 * the excerpt length, as they pass; headers are kept as one array of strings; with the
 * journal switched off, or an excerpt length of 0, nothing is wrapped.
 */
@Component
@Order(FilterOrder.REQUEST_JOURNAL)
class RequestJournalFilter extends OncePerRequestFilter {

	static final String INSTANCE_ID = "Instance-Id";

	private final Supplier<RequestJournal> journals;

	private final Supplier<Clock> clocks;

	/**
	 * Takes its collaborators through providers: a web slice test has filters without the
	 * control plane. Looked up once, not on every request.
	 */
	RequestJournalFilter(ObjectProvider<RequestJournal> journals, ObjectProvider<Clock> clocks) {
		this.journals = SingletonSupplier.ofNullable(journals::getIfAvailable);
		this.clocks = SingletonSupplier.ofNullable(clocks::getIfAvailable);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		RequestJournal journal = this.journals.get();
		return journal == null || !journal.isOn() || !RoutedPath.of(request).startsWith("v5");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		Instant time = Instant.now();
		Clock clock = this.clocks.get();
		Instant emulatedTime = (clock != null) ? clock.instant() : null;
		RequestJournal journal = this.journals.get();
		int excerpt = journal.excerptBytes();
		ExcerptingRequest excerptingRequest = (excerpt > 0) ? new ExcerptingRequest(request, excerpt) : null;
		ExcerptingResponse excerptingResponse = (excerpt > 0) ? new ExcerptingResponse(response, excerpt) : null;
		boolean failed = true;
		try {
			chain.doFilter((excerptingRequest != null) ? excerptingRequest : request,
					(excerptingResponse != null) ? excerptingResponse : response);
			failed = false;
		}
		finally {
			// An exception that escaped every handler becomes a 500 on the error
			// dispatch (as the request log says too).
			int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
			RoutedPath routed = RoutedPath.of(request);
			journal.record(new JournalEntry(time, emulatedTime, RequestIds.of(request), request.getMethod(),
					routed.asSent(), request.getQueryString(),
					routed.startsWith("v5", "iot") ? routed.segment(2).orElse(null) : null,
					request.getHeader(INSTANCE_ID), requestHeaders(request),
					(excerptingRequest != null) ? excerptingRequest.excerpt() : JournalEntry.Excerpt.NONE, status,
					responseHeaders(response),
					(excerptingResponse != null) ? excerptingResponse.excerpt() : JournalEntry.Excerpt.NONE,
					System.nanoTime() - start));
		}
	}

	private static String[] requestHeaders(HttpServletRequest request) {
		List<String> pairs = new ArrayList<>(24);
		for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements();) {
			String name = names.nextElement();
			for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements();) {
				pairs.add(name);
				pairs.add(SecretHeaders.mask(name, values.nextElement()));
			}
		}
		return pairs.toArray(new String[0]);
	}

	/**
	 * The answer's headers so far; Content-Type too, which Tomcat keeps apart from the
	 * others until the answer is committed.
	 */
	private static String[] responseHeaders(HttpServletResponse response) {
		Collection<String> names = response.getHeaderNames();
		List<String> pairs = new ArrayList<>(names.size() * 2 + 2);
		boolean contentType = false;
		for (String name : names) {
			contentType |= name.equalsIgnoreCase("Content-Type");
			for (String value : response.getHeaders(name)) {
				pairs.add(name);
				pairs.add(SecretHeaders.mask(name, value));
			}
		}
		if (!contentType && response.getContentType() != null) {
			pairs.add("Content-Type");
			pairs.add(response.getContentType());
		}
		return pairs.toArray(new String[0]);
	}

}
