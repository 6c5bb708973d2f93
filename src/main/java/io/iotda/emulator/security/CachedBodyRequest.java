package io.iotda.emulator.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body was read once (to check its signature) and is served again from
 * memory to whatever reads it next. The body was read through the body-limit filter's
 * stream and against the same limit, so at most {@code iotda.limits.max-body-size} bytes
 * are held; chunked bodies and zero-byte bodies (what the Java SDK sends when no body is
 * set) read the same way.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	private CachedBodyRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	/**
	 * Reads the body of {@code request}, at most {@code maxBytes}.
	 * @throws BodyTooLargeException when the body is longer
	 */
	static CachedBodyRequest read(HttpServletRequest request, long maxBytes) throws IOException {
		if (request.getContentLengthLong() > maxBytes) {
			throw new BodyTooLargeException();
		}
		InputStream in = request.getInputStream();
		int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
		byte[] body = in.readNBytes(limit);
		if (body.length == limit && in.read() >= 0) {
			throw new BodyTooLargeException();
		}
		return new CachedBodyRequest(request, body);
	}

	byte[] body() {
		return this.body;
	}

	@Override
	public ServletInputStream getInputStream() {
		return new CachedInputStream(this.body);
	}

	@Override
	public BufferedReader getReader() {
		String encoding = getCharacterEncoding();
		Charset charset = (encoding != null && Charset.isSupported(encoding)) ? Charset.forName(encoding)
				: StandardCharsets.UTF_8;
		return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(this.body), charset));
	}

	/** The body is longer than the configured limit. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("Request body exceeds the configured limit");
		}

	}

	private static final class CachedInputStream extends ServletInputStream {

		private final ByteArrayInputStream in;

		CachedInputStream(byte[] body) {
			this.in = new ByteArrayInputStream(body);
		}

		@Override
		public int read() {
			return this.in.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			return this.in.read(buffer, offset, length);
		}

		@Override
		public boolean isFinished() {
			return this.in.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			// The body is already in memory: everything is available at once.
			try {
				if (!isFinished()) {
					listener.onDataAvailable();
				}
				listener.onAllDataRead();
			}
			catch (IOException ex) {
				listener.onError(ex);
			}
		}

	}

}
