package io.iotda.emulator.web.error;

/**
 * Base of every exception that answers with an entry of the {@link IotdaError} catalog.
 * Feature exceptions extend it with a name that says what happened; the advice turns it
 * into the envelope.
 */
public class IotdaException extends RuntimeException {

	private final IotdaError error;

	private final String detail;

	public IotdaException(IotdaError error, String detail) {
		super(error.messageWith(detail));
		this.error = error;
		this.detail = detail;
	}

	public IotdaException(IotdaError error) {
		this(error, null);
	}

	public IotdaError error() {
		return this.error;
	}

	public String detail() {
		return this.detail;
	}

}
