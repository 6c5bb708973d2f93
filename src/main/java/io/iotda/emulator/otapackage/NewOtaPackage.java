package io.iotda.emulator.otapackage;

import java.util.List;

/**
 * A package to create, its fields already checked against IoTDA's rules.
 *
 * @param supportSourceVersions the device versions it upgrades from, or {@code null} when
 * not given
 */
public record NewOtaPackage(String appId, OtaPackageType packageType, String productId, String version,
		List<String> supportSourceVersions, String description, String customInfo, ObsLocation location) {

	public NewOtaPackage {
		supportSourceVersions = (supportSourceVersions != null) ? List.copyOf(supportSourceVersions) : null;
	}

}
