package io.iotda.emulator.emulator;

import io.iotda.emulator.web.IotdaError;
import io.iotda.emulator.web.IotdaException;

/**
 * What can go wrong in the control plane, answered in the IoTDA envelope like everything
 * else.
 */
final class ControlPlaneExceptions {

	private ControlPlaneExceptions() {
	}

	/** A rule, group or webhook id that does not exist. */
	static final class NotFoundException extends IotdaException {

		private NotFoundException(String detail) {
			super(IotdaError.EMULATOR_RESOURCE_NOT_FOUND, detail);
		}

		static NotFoundException of(String what, String id) {
			return new NotFoundException("No " + what + " " + id + ".");
		}

	}

}
