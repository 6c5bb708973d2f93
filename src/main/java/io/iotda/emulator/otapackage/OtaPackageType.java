package io.iotda.emulator.otapackage;

import java.util.Arrays;
import java.util.Optional;

/** What an OTA package upgrades: the device's firmware or its software. */
public enum OtaPackageType {

	FIRMWARE("firmwarePackage"),

	SOFTWARE("softwarePackage");

	private final String wireName;

	OtaPackageType(String wireName) {
		this.wireName = wireName;
	}

	/** The name on the wire ({@code package_type}). */
	public String wireName() {
		return this.wireName;
	}

	public static Optional<OtaPackageType> fromWireName(String name) {
		return Arrays.stream(values()).filter((type) -> type.wireName.equals(name)).findFirst();
	}

}
