package io.iotda.emulator.security;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Authorization} header of an AK/SK-signed request, in either of the forms the
 * official SDKs send (spec section 6):
 * <ul>
 * <li>{@code SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<a;b>, Signature=<hex>}</li>
 * <li>{@code V11-HMAC-SHA256 Credential=<AK>/<yyyyMMdd>/<region>/<service>, SignedHeaders=<a;b>, Signature=<hex>}
 * (derived: the key is derived per day, region and service)</li>
 * </ul>
 *
 * @param algorithm {@link #SDK_HMAC_SHA256} or {@link #V11_HMAC_SHA256}
 * @param accessKey the AK
 * @param scope for the derived form, {@code <yyyyMMdd>/<region>/<service>}; otherwise
 * {@code null}
 * @param signedHeaders lower-case header names, in the order given
 * @param signature the hex signature, lower case
 */
record SdkAuthorization(String algorithm, String accessKey, String scope, List<String> signedHeaders,
		String signature) {

	static final String SDK_HMAC_SHA256 = "SDK-HMAC-SHA256";

	static final String V11_HMAC_SHA256 = "V11-HMAC-SHA256";

	private static final Pattern BASIC = Pattern.compile("^SDK-HMAC-SHA256\\s+Access=([^,\\s]+),\\s*"
			+ "SignedHeaders=([a-z0-9!#$%&'*+.^_`|~-]+(?:;[a-z0-9!#$%&'*+.^_`|~-]+)*),\\s*Signature=([0-9a-fA-F]{64})\\s*$");

	private static final Pattern DERIVED = Pattern
		.compile("^V11-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{8}/[^/,\\s]+/[^/,\\s]+),\\s*"
				+ "SignedHeaders=([a-z0-9!#$%&'*+.^_`|~-]+(?:;[a-z0-9!#$%&'*+.^_`|~-]+)*),\\s*Signature=([0-9a-fA-F]{64})\\s*$");

	/**
	 * Whether the header at least names one of the SDK signing algorithms (all that
	 * accept-any checks).
	 */
	static boolean looksLikeSdkSignature(String header) {
		return header != null && (header.startsWith(SDK_HMAC_SHA256 + " ") || header.startsWith(V11_HMAC_SHA256 + " "));
	}

	static Optional<SdkAuthorization> parse(String header) {
		if (header == null) {
			return Optional.empty();
		}
		Matcher basic = BASIC.matcher(header);
		if (basic.matches()) {
			return Optional.of(new SdkAuthorization(SDK_HMAC_SHA256, basic.group(1), null,
					List.of(basic.group(2).split(";")), basic.group(3).toLowerCase(java.util.Locale.ROOT)));
		}
		Matcher derived = DERIVED.matcher(header);
		if (derived.matches()) {
			return Optional.of(new SdkAuthorization(V11_HMAC_SHA256, derived.group(1), derived.group(2),
					List.of(derived.group(3).split(";")), derived.group(4).toLowerCase(java.util.Locale.ROOT)));
		}
		return Optional.empty();
	}

	boolean derived() {
		return this.scope != null;
	}

	/** The {@code yyyyMMdd} of a derived scope. */
	String scopeDate() {
		return this.scope.substring(0, 8);
	}

	/** The service of a derived scope ({@code iotdm} for IoTDA). */
	String scopeService() {
		return this.scope.substring(this.scope.lastIndexOf('/') + 1);
	}

}
