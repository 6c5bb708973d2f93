package io.iotda.emulator.devicegroup;

import java.util.Arrays;
import java.util.Optional;

/**
 * A device group's kind, as IoTDA spells it: a STATIC group holds the devices added to
 * it; a DYNAMIC group's members are those its {@code dynamic_group_rule} selects, a rule
 * the emulator stores but does not evaluate.
 */
public enum GroupType {

	STATIC, DYNAMIC;

	/** The type of this wire name (exact spelling), if any. */
	public static Optional<GroupType> fromWireName(String value) {
		return Arrays.stream(values()).filter((type) -> type.name().equals(value)).findFirst();
	}

}
