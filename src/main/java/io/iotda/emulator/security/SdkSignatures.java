package io.iotda.emulator.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature maths of the official SDKs' AK/SK signing (spec section 6), from the
 * verifying side.
 * <p>
 * Canonical request: method, canonical URI (each path segment percent-encoded, ending in
 * {@code /}), canonical query (keys sorted, keys and values percent-encoded), the signed
 * headers as {@code name:value} lines, the signed header list, and the hex SHA-256 of the
 * body. The Java and Python SDKs differ in small ways, and a request signed by either
 * must pass, so where they differ every variant is tried:
 * <ul>
 * <li>the Java SDK encodes the raw (already percent-encoded) path segments, the Python
 * SDK decodes the path first;</li>
 * <li>for a repeated query key the Java SDK keeps the values in request order, the Python
 * SDK sorts them;</li>
 * <li>the Python SDK signs {@code content-type}, the Java SDK does not: that needs no
 * variant, as {@code SignedHeaders} names what was signed.</li>
 * </ul>
 */
final class SdkSignatures {

	static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

	static final String CONTENT_SHA256_HEADER = "x-sdk-content-sha256";

	static final String DATE_HEADER = "x-sdk-date";

	private static final HexFormat HEX = HexFormat.of();

	private SdkSignatures() {
	}

	/**
	 * Whether the signature of {@code authorization} is right for {@code request} and
	 * this SK.
	 */
	static boolean verify(SdkAuthorization authorization, SignedRequest request, String secretKey) {
		String date = request.header(DATE_HEADER);
		if (date == null || !payloadHashIsHonest(request)) {
			return false;
		}
		byte[] key = signingKey(authorization, secretKey);
		byte[] given = authorization.signature().getBytes(StandardCharsets.US_ASCII);
		boolean match = false;
		for (String canonical : canonicalRequests(request, authorization.signedHeaders())) {
			String expected = HEX.formatHex(hmacSha256(key, stringToSign(authorization, date, canonical)));
			// Constant time, and every variant is computed either way.
			match |= MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given);
		}
		return match;
	}

	/**
	 * The signature the SDKs compute, for the first canonical variant (the Java SDK's).
	 */
	static String sign(SdkAuthorization authorization, SignedRequest request, String secretKey) {
		String canonical = canonicalRequests(request, authorization.signedHeaders()).iterator().next();
		return HEX.formatHex(hmacSha256(signingKey(authorization, secretKey),
				stringToSign(authorization, request.header(DATE_HEADER), canonical)));
	}

	static String stringToSign(SdkAuthorization authorization, String sdkDate, String canonicalRequest) {
		String hash = HEX.formatHex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
		return authorization.derived()
				? String.join("\n", SdkAuthorization.V11_HMAC_SHA256, sdkDate, authorization.scope(), hash)
				: String.join("\n", SdkAuthorization.SDK_HMAC_SHA256, sdkDate, hash);
	}

	/**
	 * The HMAC key: the SK itself, or for the derived form the lower-case hex text of
	 * HKDF-SHA256(salt = AK, input key material = SK, info = scope, 32 bytes).
	 */
	static byte[] signingKey(SdkAuthorization authorization, String secretKey) {
		byte[] sk = secretKey.getBytes(StandardCharsets.UTF_8);
		if (!authorization.derived()) {
			return sk;
		}
		byte[] pseudoRandomKey = hmacSha256(authorization.accessKey().getBytes(StandardCharsets.UTF_8), sk);
		byte[] info = authorization.scope().getBytes(StandardCharsets.UTF_8);
		byte[] firstBlock = new byte[info.length + 1];
		System.arraycopy(info, 0, firstBlock, 0, info.length);
		firstBlock[info.length] = 0x01;
		// SHA-256 gives 32 bytes: one expansion block is the whole 32-byte key.
		byte[] derived = hmacSha256(pseudoRandomKey, firstBlock);
		return HEX.formatHex(derived).getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * Every canonical request the SDKs could have built for this request, the Java SDK's
	 * first. Empty when a signed header is missing from the request.
	 */
	static Set<String> canonicalRequests(SignedRequest request, List<String> signedHeaders) {
		StringBuilder headers = new StringBuilder();
		for (String name : signedHeaders) {
			String value = request.header(name);
			if (value == null) {
				return Set.of();
			}
			headers.append(name).append(':').append(value.strip()).append('\n');
		}
		String tail = headers + "\n" + String.join(";", signedHeaders) + "\n" + payloadHash(request);
		String method = request.method().toUpperCase(java.util.Locale.ROOT);
		Set<String> canonical = new LinkedHashSet<>();
		for (String uri : canonicalUris(request.rawPath())) {
			for (String query : canonicalQueries(request.rawQuery())) {
				canonical.add(method + "\n" + uri + "\n" + query + "\n" + tail);
			}
		}
		return canonical;
	}

	/**
	 * The Java SDK's (encode the raw segments) and the Python SDK's (decode the path
	 * first).
	 */
	static Set<String> canonicalUris(String rawPath) {
		Set<String> uris = new LinkedHashSet<>();
		if (rawPath.equals("/")) {
			uris.add("/");
		}
		else {
			StringBuilder java = new StringBuilder();
			for (String segment : rawPath.split("/")) {
				java.append(encode(segment)).append('/');
			}
			uris.add(java.toString());
		}
		List<String> python = new ArrayList<>();
		for (String segment : decode(rawPath).split("/", -1)) {
			python.add(encode(segment));
		}
		String joined = String.join("/", python);
		uris.add(joined.endsWith("/") ? joined : joined + "/");
		return uris;
	}

	/**
	 * Keys sorted, values of a repeated key in request order (Java SDK) or sorted (Python
	 * SDK).
	 */
	static Set<String> canonicalQueries(String rawQuery) {
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		if (rawQuery != null && !rawQuery.isEmpty()) {
			for (String pair : rawQuery.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				String key = (equals < 0) ? pair : pair.substring(0, equals);
				String value = (equals < 0) ? "" : pair.substring(equals + 1);
				pairs.add(Map.entry(encode(decode(key)), encode(decode(value))));
			}
		}
		Set<String> queries = new LinkedHashSet<>();
		List<Map.Entry<String, String>> keysSorted = new ArrayList<>(pairs);
		keysSorted.sort(Map.Entry.comparingByKey());
		queries.add(join(keysSorted));
		List<Map.Entry<String, String>> allSorted = new ArrayList<>(pairs);
		allSorted.sort(Map.Entry.<String, String>comparingByKey()
			.thenComparing(Map.Entry.comparingByValue(Comparator.naturalOrder())));
		queries.add(join(allSorted));
		return queries;
	}

	private static String join(List<Map.Entry<String, String>> pairs) {
		StringBuilder query = new StringBuilder();
		for (Map.Entry<String, String> pair : pairs) {
			query.append(query.isEmpty() ? "" : "&").append(pair.getKey()).append('=').append(pair.getValue());
		}
		return query.toString();
	}

	/**
	 * The body's hash as the SDKs sign it, or what {@code X-Sdk-Content-Sha256} says in
	 * its place.
	 */
	static String payloadHash(SignedRequest request) {
		String declared = request.header(CONTENT_SHA256_HEADER);
		return (declared != null) ? declared : HEX.formatHex(sha256(request.body()));
	}

	/**
	 * A declared content hash must be {@code UNSIGNED-PAYLOAD} or the body's real hash.
	 */
	private static boolean payloadHashIsHonest(SignedRequest request) {
		String declared = request.header(CONTENT_SHA256_HEADER);
		return declared == null || declared.equals(UNSIGNED_PAYLOAD)
				|| declared.equalsIgnoreCase(HEX.formatHex(sha256(request.body())));
	}

	/**
	 * Percent-encodes all but {@code A-Z a-z 0-9 - _ . ~}, upper-case hex, as both SDKs
	 * do.
	 */
	static String encode(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
					|| c == '.' || c == '~') {
				out.append(c);
			}
			else {
				out.append('%')
					.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
					.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
			}
		}
		return out.toString();
	}

	/**
	 * Decodes {@code %XX} escapes as UTF-8; anything else (a lone {@code %}, {@code +})
	 * stays as it is.
	 */
	static String decode(String value) {
		if (value.indexOf('%') < 0) {
			return value;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int i = 0;
		while (i < value.length()) {
			if (value.charAt(i) == '%' && i + 2 < value.length() && Character.digit(value.charAt(i + 1), 16) >= 0
					&& Character.digit(value.charAt(i + 2), 16) >= 0) {
				bytes.write(Character.digit(value.charAt(i + 1), 16) * 16 + Character.digit(value.charAt(i + 2), 16));
				i += 3;
			}
			else {
				int codePoint = value.codePointAt(i);
				bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
				i += Character.charCount(codePoint);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	static byte[] hmacSha256(byte[] key, String data) {
		return hmacSha256(key, data.getBytes(StandardCharsets.UTF_8));
	}

	static byte[] hmacSha256(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
