package io.iotda.emulator.controlplane.journal;

/**
 * Which request and answer headers carry credentials, and how the journal masks them: a
 * token's value entirely; of an {@code Authorization} header the signature only, so the
 * scheme, the access key and the signed headers stay readable (the AK names a key, the
 * signature would let the request be replayed).
 */
final class SecretHeaders {

	static final String MASK = "****";

	private static final String SIGNATURE = "Signature=";

	/** Headers whose whole value is a credential. */
	private static final String[] SECRET = { "X-Auth-Token", "X-Subject-Token", "X-Security-Token", "X-Emulator-Token",
			"Cookie", "Set-Cookie" };

	private SecretHeaders() {
	}

	/** The value as the journal keeps it. */
	static String mask(String name, String value) {
		if (name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Proxy-Authorization")) {
			return maskAuthorization(value);
		}
		for (String secret : SECRET) {
			if (secret.equalsIgnoreCase(name)) {
				return MASK;
			}
		}
		return value;
	}

	/**
	 * {@code SDK-HMAC-SHA256 Access=AK, SignedHeaders=..., Signature=****} (and the
	 * {@code V11-HMAC-SHA256 Credential=...} form alike); any other scheme keeps only its
	 * name.
	 */
	static String maskAuthorization(String value) {
		int signature = indexOfIgnoreCase(value, SIGNATURE);
		if (signature >= 0) {
			int valueStart = signature + SIGNATURE.length();
			int end = value.indexOf(',', valueStart);
			return value.substring(0, valueStart) + MASK + ((end >= 0) ? value.substring(end) : "");
		}
		String trimmed = value.strip();
		int space = trimmed.indexOf(' ');
		return (space > 0) ? trimmed.substring(0, space) + " " + MASK : MASK;
	}

	private static int indexOfIgnoreCase(String text, String part) {
		for (int i = 0; i + part.length() <= text.length(); i++) {
			if (text.regionMatches(true, i, part, 0, part.length())) {
				return i;
			}
		}
		return -1;
	}

}
