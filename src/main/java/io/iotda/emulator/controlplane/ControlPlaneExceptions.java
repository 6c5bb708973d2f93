package io.iotda.emulator.controlplane;

import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.error.IotdaException;

/**
 * What can go wrong in the control plane, answered in the IoTDA envelope like everything
 * else.
 */
public final class ControlPlaneExceptions {

	private ControlPlaneExceptions() {
	}

	/** A rule, group or webhook id that does not exist. */
	public static final class NotFoundException extends IotdaException {

		private NotFoundException(String detail) {
			super(IotdaError.EMULATOR_RESOURCE_NOT_FOUND, detail);
		}

		public static NotFoundException of(String what, String id) {
			return new NotFoundException("No " + what + " " + id + ".");
		}

	}

}
