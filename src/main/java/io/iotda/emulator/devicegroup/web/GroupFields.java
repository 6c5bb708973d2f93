package io.iotda.emulator.devicegroup.web;

/**
 * The rules of the device-group API's fields and parameters, as IoTDA's reference gives
 * them (group ids excepted, see {@link #GROUP_ID_PATTERN}).
 */
final class GroupFields {

	/**
	 * A name or description: at most 64 of Chinese characters, letters, digits and
	 * {@code _? '#().,&%@!-}. The script escape reads the same in Java and in the
	 * ECMAScript of OpenAPI tools.
	 */
	static final String TEXT_PATTERN = "^[\\p{sc=Han}A-Za-z0-9_? '#().,&%@!-]{1,64}$";

	static final String NAME_MESSAGE = "name must be 1 to 64 of Chinese characters, letters, digits and _? '#().,&%@!-";

	static final String DESCRIPTION_MESSAGE = "description must be 1 to 64 of Chinese characters, letters, digits "
			+ "and _? '#().,&%@!-";

	/**
	 * A group id. IoTDA's own are at most 36 of hex digits and {@code -}; the emulator
	 * also takes the control plane's group ids (1 to 64 of {@code A-Za-z0-9_-}), so that
	 * a group made there can be addressed here.
	 */
	static final String GROUP_ID_PATTERN = "^[A-Za-z0-9_-]{1,64}$";

	static final String GROUP_ID_MESSAGE = "must be 1 to 64 of A-Za-z0-9_-";

	/** A resource space (application) id: at most 36 of {@code A-Za-z0-9_-}. */
	static final String APP_ID_PATTERN = "^[A-Za-z0-9_-]{1,36}$";

	/** A device id: at most 128 of {@code A-Za-z0-9_-}. */
	static final String DEVICE_ID_PATTERN = "^[A-Za-z0-9_-]{1,128}$";

	static final String DEVICE_ID_MESSAGE = "must be 1 to 128 of A-Za-z0-9_-";

	static final String GROUP_TYPE_PATTERN = "^(STATIC|DYNAMIC)$";

	/** dynamic_group_rule's length: IoTDA gives none, the emulator stores this much. */
	static final int MAX_RULE_LENGTH = 2048;

	private GroupFields() {
	}

}
