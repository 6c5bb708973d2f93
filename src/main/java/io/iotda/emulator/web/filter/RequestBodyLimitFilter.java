package io.iotda.emulator.web.filter;

import io.iotda.emulator.web.RequestLimitsProperties;
import io.iotda.emulator.web.error.ErrorResponses;
import io.iotda.emulator.web.error.IotdaError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over {@code iotda.limits.max-body-size} with 413 {@code APIG.0201}: at
 * once when {@code Content-Length} says so, and while reading for chunked bodies (the
 * SDKs send chunked), so a large body is never held in memory. A
 * {@link MultipartOperation multipart operation} has its own limit and answer instead
 * ({@link RequestBodyLimits}).
 * <p>
 * Also bounds the time a body may take to arrive ({@code iotda.limits.body-read-timeout},
 * counted from here): reading blocks a worker thread, and clients trickling their bodies
 * would otherwise hold every worker for as long as they like. A read past the deadline
 * fails with {@link BodyReadTimeoutException}, answered 400 {@code IOTDA.000008}; a
 * single read that waits is bounded by Tomcat's upload timeout (see
 * {@link TomcatCustomizer}), and a body nobody reads is not drained (see
 * {@link EnvelopeErrorReportValve}).
 */
@Component
@Order(FilterOrder.BODY_LIMIT)
public class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final RequestBodyLimits limits;

	private final Duration readTimeout;

	@Autowired
	RequestBodyLimitFilter(RequestLimitsProperties properties, ObjectProvider<MultipartOperation> multipartOperations) {
		this(properties, RequestBodyLimits.of(properties, multipartOperations));
	}

	RequestBodyLimitFilter(RequestLimitsProperties properties, RequestBodyLimits limits) {
		this.limits = limits;
		this.readTimeout = properties.bodyReadTimeout();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long maxBytes = this.limits.maxBodyBytes(request);
		if (request.getContentLengthLong() > maxBytes) {
			ErrorResponses.write(request, response, this.limits.tooLarge(request), null);
			return;
		}
		chain.doFilter(
				new LimitedRequest(request, maxBytes, System.nanoTime() + this.readTimeout.toNanos(), this.readTimeout),
				response);
	}

	/** Thrown while reading a body that passes the limit; the advice answers 413. */
	public static final class BodyTooLargeException extends IOException {

		public BodyTooLargeException() {
			super("Request body exceeds the configured limit");
		}

	}

	/**
	 * Thrown while reading a body that is still arriving when its time is up; answered
	 * 400 {@code IOTDA.000008}.
	 */
	public static final class BodyReadTimeoutException extends IOException {

		private final Duration timeout;

		BodyReadTimeoutException(Duration timeout) {
			super("Request body did not arrive within " + timeout);
			this.timeout = timeout;
		}

		/** What the client is told. */
		public String detail() {
			return "The request body did not arrive within " + this.timeout.toMillis() + " ms.";
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private final long deadline;

		private final Duration timeout;

		private ServletInputStream stream;

		private BufferedReader reader;

		LimitedRequest(HttpServletRequest request, long maxBytes, long deadline, Duration timeout) {
			super(request);
			this.maxBytes = maxBytes;
			this.deadline = deadline;
			this.timeout = timeout;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedInputStream(super.getInputStream(), this.maxBytes, this.deadline,
						this.timeout);
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			// Through the limited stream, so a reader is bounded as a stream is.
			if (this.reader == null) {
				String encoding = getCharacterEncoding();
				Charset charset = (encoding != null && Charset.isSupported(encoding)) ? Charset.forName(encoding)
						: StandardCharsets.UTF_8;
				this.reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
			}
			return this.reader;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long maxBytes;

		private final long deadline;

		private final Duration timeout;

		private long read;

		LimitedInputStream(ServletInputStream delegate, long maxBytes, long deadline, Duration timeout) {
			this.delegate = delegate;
			this.maxBytes = maxBytes;
			this.deadline = deadline;
			this.timeout = timeout;
		}

		@Override
		public int read() throws IOException {
			checkDeadline();
			int b = this.delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			checkDeadline();
			int n = this.delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void checkDeadline() throws BodyReadTimeoutException {
			if (System.nanoTime() - this.deadline > 0 && !this.delegate.isFinished()) {
				throw new BodyReadTimeoutException(this.timeout);
			}
		}

		private void count(int n) throws IOException {
			this.read += n;
			if (this.read > this.maxBytes) {
				throw new BodyTooLargeException();
			}
			checkDeadline();
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
