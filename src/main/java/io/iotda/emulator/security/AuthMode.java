package io.iotda.emulator.security;

/**
 * How strictly requests to {@code /v5/iot/**} are authenticated
 * ({@code iotda.auth.mode}).
 */
public enum AuthMode {

	/** Credentials are ignored: the no-setup default. */
	NONE,

	/**
	 * A request must carry {@code X-Auth-Token} or an SDK {@code Authorization} header,
	 * not verified.
	 */
	ACCEPT_ANY,

	/** Tokens and AK/SK signatures are checked, and bound to the path's project. */
	VERIFY

}
