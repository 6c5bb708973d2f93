package io.iotda.emulator.security;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an AK/SK signature covers, as the request arrived on the wire: the method, the raw
 * (still percent-encoded) path and query, the headers and the body bytes.
 *
 * @param method the HTTP method
 * @param rawPath the path as sent, not decoded
 * @param rawQuery the query string as sent, not decoded; {@code null} or empty when there
 * is none
 * @param headers header values by lower-case name (the first value when a header repeats)
 * @param body the body bytes exactly as sent (empty when there is no body)
 */
record SignedRequest(String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {

	SignedRequest {
		TreeMap<String, String> lowerCase = new TreeMap<>();
		headers.forEach((name, value) -> lowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), value));
		headers = lowerCase;
		body = (body != null) ? body : new byte[0];
	}

	String header(String name) {
		return this.headers.get(name.toLowerCase(Locale.ROOT));
	}

}
