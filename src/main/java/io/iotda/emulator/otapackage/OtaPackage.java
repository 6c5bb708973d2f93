package io.iotda.emulator.otapackage;

import java.time.Instant;
import java.util.List;

/**
 * An OTA upgrade package of a project and instance: the metadata IoTDA keeps, the OBS
 * location as given.
 *
 * @param supportSourceVersions the device versions it upgrades from, or {@code null} when
 * none were given
 */
public record OtaPackage(String packageId, String appId, OtaPackageType packageType, String productId, String version,
		List<String> supportSourceVersions, String description, String customInfo, ObsLocation location,
		Instant createTime) {

	public OtaPackage {
		supportSourceVersions = (supportSourceVersions != null) ? List.copyOf(supportSourceVersions) : null;
	}

	public boolean isFirmware() {
		return this.packageType == OtaPackageType.FIRMWARE;
	}

	public boolean isSoftware() {
		return this.packageType == OtaPackageType.SOFTWARE;
	}

}
