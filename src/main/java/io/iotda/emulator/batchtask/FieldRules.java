package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.ObjectIds;

import io.iotda.emulator.web.IotdaParameters;

/**
 * The rules of the API's identifiers (spec sections 1 and 2), for the modules that accept
 * the same identifiers elsewhere (the control plane's fixtures, groups and rules), so
 * that both refuse alike.
 */
public final class FieldRules {

	/** {@code project_id}: 1 to 64 of {@code A-Za-z0-9_-}. */
	public static final String PROJECT_ID_PATTERN = IotdaParameters.PROJECT_ID_PATTERN;

	/** {@code Instance-Id}: 1 to 36 characters. */
	public static final int INSTANCE_ID_MAX_LENGTH = 36;

	/** A device id (a target): 1 to 128 of {@code A-Za-z0-9_-}. */
	public static final String DEVICE_ID_PATTERN = "^[A-Za-z0-9_-]{1,128}$";

	/**
	 * A record id the emulator assigned (tasks, and the control plane's rules and
	 * webhooks): 24 lower-case hex digits.
	 */
	public static final String RECORD_ID_PATTERN = ObjectIds.MARKER_PATTERN;

	private FieldRules() {
	}

}
