package io.iotda.emulator.controlplane.journal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One call of the emulated API as the journal keeps it: what was asked (headers with
 * credentials masked, the start of the body), what was answered (status, headers, the
 * start of the body), when (wall clock and emulated clock), how long it took, and the
 * project and instance it addressed. Headers are kept as name, value pairs in one array:
 * one allocation per request.
 *
 * @param time when the request arrived, by the wall clock
 * @param emulatedTime when it arrived, by the emulated clock (null when there is none)
 * @param requestId the request's {@code X-Request-Id}
 * @param method the HTTP method
 * @param path the path as the client spelled it (still encoded)
 * @param query the query string as sent, or null
 * @param projectId the {@code {project_id}} of a {@code /v5/iot/{project_id}/...} path
 * @param instanceId the {@code Instance-Id} header as sent; null for the default instance
 * @param requestHeaders name, value, name, value, ...; credentials masked
 * @param requestBody the start of the request body
 * @param status the answer's status
 * @param responseHeaders name, value, ... of the answer
 * @param responseBody the start of the answer's body
 * @param latencyNanos from the request's arrival at the journal to its answer
 */
record JournalEntry(Instant time, Instant emulatedTime, String requestId, String method, String path, String query,
		String projectId, String instanceId, String[] requestHeaders, Excerpt requestBody, int status,
		String[] responseHeaders, Excerpt responseBody, long latencyNanos) {

	/** The values of a request header, its name in any case. */
	List<String> requestHeader(String name) {
		List<String> values = new ArrayList<>(1);
		for (int i = 0; i + 1 < this.requestHeaders.length; i += 2) {
			if (this.requestHeaders[i].equalsIgnoreCase(name)) {
				values.add(this.requestHeaders[i + 1]);
			}
		}
		return values;
	}

	/**
	 * The start of a body: at most the journal's excerpt length in bytes, cut at a
	 * character boundary.
	 *
	 * @param text the bytes kept, as text; null when the body was empty or not kept
	 * @param truncated whether the body was longer than what was kept
	 */
	record Excerpt(String text, boolean truncated) {

		static final Excerpt NONE = new Excerpt(null, false);

		/**
		 * The first {@code length} bytes of {@code bytes} as UTF-8 text; a character cut
		 * in two at the end is left out.
		 */
		static Excerpt of(byte[] bytes, int length, boolean truncated) {
			int end = length;
			if (truncated) {
				end = completeCharacters(bytes, length);
			}
			return (end > 0) ? new Excerpt(new String(bytes, 0, end, StandardCharsets.UTF_8), truncated)
					: new Excerpt(null, truncated);
		}

		/** The length of the longest prefix that does not end inside a UTF-8 sequence. */
		private static int completeCharacters(byte[] bytes, int length) {
			int start = length - 1;
			// back over continuation bytes (10xxxxxx) to the start of the last character
			while (start >= 0 && length - start <= 4 && (bytes[start] & 0xC0) == 0x80) {
				start--;
			}
			if (start < 0) {
				return length;
			}
			int lead = bytes[start] & 0xFF;
			int needed = (lead < 0x80) ? 1 : (lead >= 0xF0) ? 4 : (lead >= 0xE0) ? 3 : (lead >= 0xC0) ? 2 : 1;
			return (length - start >= needed) ? length : start;
		}

	}

}
