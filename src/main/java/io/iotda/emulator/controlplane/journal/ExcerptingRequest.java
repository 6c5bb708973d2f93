package io.iotda.emulator.controlplane.journal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Keeps the first bytes of the request body as whoever reads it reads them (the signature
 * check, the JSON reader), and whether there was more: chunked bodies (what the SDKs
 * send) have no length to tell.
 */
final class ExcerptingRequest extends ContentCachingRequestWrapper {

	private boolean overflowed;

	ExcerptingRequest(HttpServletRequest request, int limit) {
		super(request, limit);
	}

	@Override
	protected void handleContentOverflow(int contentCacheLimit) {
		this.overflowed = true;
	}

	JournalEntry.Excerpt excerpt() {
		byte[] kept = getContentAsByteArray();
		boolean truncated = this.overflowed || getContentLengthLong() > kept.length;
		return (kept.length == 0 && !truncated) ? JournalEntry.Excerpt.NONE
				: JournalEntry.Excerpt.of(kept, kept.length, truncated);
	}

}
