package io.iotda.emulator.controlplane.journal;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;

/**
 * Passes the answer through unchanged and keeps a copy of its first bytes (or characters,
 * when it is written as text), never more: the body itself is never held. A reset of the
 * response forgets what was kept.
 */
final class ExcerptingResponse extends HttpServletResponseWrapper {

	private final int limit;

	private byte[] bytes;

	private int kept;

	private boolean truncated;

	private StringBuilder chars;

	private ServletOutputStream stream;

	private PrintWriter writer;

	ExcerptingResponse(HttpServletResponse response, int limit) {
		super(response);
		this.limit = limit;
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (this.stream == null) {
			this.stream = new ExcerptingStream(super.getOutputStream());
		}
		return this.stream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer == null) {
			this.writer = new PrintWriter(new ExcerptingWriter(super.getWriter()));
		}
		return this.writer;
	}

	@Override
	public void reset() {
		super.reset();
		forget();
	}

	@Override
	public void resetBuffer() {
		super.resetBuffer();
		forget();
	}

	private void forget() {
		this.kept = 0;
		this.truncated = false;
		this.chars = null;
	}

	/** The start of the body written so far. */
	JournalEntry.Excerpt excerpt() {
		if (this.chars != null) {
			return new JournalEntry.Excerpt(this.chars.toString(), this.truncated);
		}
		if (this.kept == 0) {
			return this.truncated ? new JournalEntry.Excerpt(null, true) : JournalEntry.Excerpt.NONE;
		}
		return JournalEntry.Excerpt.of(this.bytes, this.kept, this.truncated);
	}

	private void keep(byte[] buffer, int offset, int length) {
		int room = this.limit - this.kept;
		if (length > room) {
			this.truncated = true;
		}
		int copied = Math.min(room, length);
		if (copied > 0) {
			room(this.kept + copied);
			System.arraycopy(buffer, offset, this.bytes, this.kept, copied);
			this.kept += copied;
		}
	}

	private void keep(int b) {
		if (this.kept == this.limit) {
			this.truncated = true;
			return;
		}
		room(this.kept + 1);
		this.bytes[this.kept++] = (byte) b;
	}

	/**
	 * Makes room for {@code needed} bytes: most answers are short, so the copy starts
	 * small and grows, never past the limit.
	 */
	private void room(int needed) {
		if (this.bytes == null || this.bytes.length < needed) {
			int size = Math.min(this.limit, Math.max(needed, (this.bytes != null) ? this.bytes.length * 2 : 256));
			this.bytes = (this.bytes != null) ? Arrays.copyOf(this.bytes, size) : new byte[size];
		}
	}

	private void keep(char[] buffer, int offset, int length) {
		if (this.chars == null) {
			this.chars = new StringBuilder(Math.min(this.limit, 256));
		}
		int room = this.limit - this.chars.length();
		if (length > room) {
			this.truncated = true;
		}
		this.chars.append(buffer, offset, Math.min(room, length));
	}

	private final class ExcerptingStream extends ServletOutputStream {

		private final ServletOutputStream delegate;

		ExcerptingStream(ServletOutputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public void write(int b) throws IOException {
			this.delegate.write(b);
			keep(b);
		}

		@Override
		public void write(byte[] buffer, int offset, int length) throws IOException {
			this.delegate.write(buffer, offset, length);
			keep(buffer, offset, length);
		}

		@Override
		public void flush() throws IOException {
			this.delegate.flush();
		}

		@Override
		public void close() throws IOException {
			this.delegate.close();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.delegate.setWriteListener(listener);
		}

	}

	private final class ExcerptingWriter extends Writer {

		private final Writer delegate;

		ExcerptingWriter(Writer delegate) {
			this.delegate = delegate;
		}

		@Override
		public void write(char[] buffer, int offset, int length) throws IOException {
			this.delegate.write(buffer, offset, length);
			keep(buffer, offset, length);
		}

		@Override
		public void flush() throws IOException {
			this.delegate.flush();
		}

		@Override
		public void close() throws IOException {
			this.delegate.close();
		}

	}

}
