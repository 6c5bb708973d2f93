package io.iotda.emulator.otapackage;

import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.error.IotdaException;

/** What can go wrong with an OTA package operation, each named for what happened. */
public final class OtaPackageExceptions {

	private OtaPackageExceptions() {
	}

	/** No package of this id in the caller's project and instance. */
	public static final class OtaPackageNotFoundException extends IotdaException {

		OtaPackageNotFoundException() {
			super(IotdaError.OTA_PACKAGE_NOT_FOUND);
		}

	}

	/** The product already has a package of this type and version. */
	public static final class OtaPackageVersionExistsException extends IotdaException {

		OtaPackageVersionExistsException(String productId, OtaPackageType type, String version) {
			super(IotdaError.OTA_PACKAGE_VERSION_EXISTS,
					"Product " + productId + " already has the " + type.wireName() + " of version " + version + ".");
		}

	}

}
