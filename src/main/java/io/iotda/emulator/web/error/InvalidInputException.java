package io.iotda.emulator.web.error;

/** A field, header, path or query value breaks its rule: 400 {@code IOTDA.000006}. */
public class InvalidInputException extends IotdaException {

	public InvalidInputException(String detail) {
		super(IotdaError.INVALID_INPUT, detail);
	}

}
