package io.iotda.emulator.web.error;

import org.springframework.http.HttpStatus;

/**
 * The one catalog of IoTDA error codes this emulator answers with (spec section 5).
 * <p>
 * Entries marked {@code emulatorChoice} are codes or messages the public IoTDA material
 * does not document; the emulator picked them, and they are listed in
 * {@code docs/fidelity.md}. Gateway errors ({@code APIG.*}, {@code APIGW.*}) also carry
 * {@code request_id} in their body, as the real API gateway does.
 */
public enum IotdaError {

	INVALID_INPUT(HttpStatus.BAD_REQUEST, "IOTDA.000006", "Invalid input data.", false),

	INVALID_FORMAT(HttpStatus.BAD_REQUEST, "IOTDA.000008", "Invalid input. The request format is invalid.", false),

	LIMIT_OUT_OF_RANGE(HttpStatus.BAD_REQUEST, "IOTDA.000017",
			"Invalid input. The specified parameter 'limit' is out of range.", false),

	OFFSET_OUT_OF_RANGE(HttpStatus.BAD_REQUEST, "IOTDA.000018",
			"Invalid input. The specified parameter 'offset' is out of range.", false),

	IAM_AUTHENTICATION_FAILED(HttpStatus.UNAUTHORIZED, "APIG.0301", "Incorrect IAM authentication information:", false),

	INVALID_ACCESS_TOKEN(HttpStatus.FORBIDDEN, "IOTDA.000004", "Invalid access token.", false),

	/**
	 * Per-project rate limit ({@code iotda.rate-limit}); code and message as IoTDA's
	 * error table.
	 */
	RATE_LIMITED(HttpStatus.FORBIDDEN, "IOTDA.021101", "Request reached the maximum rate limit.", false),

	TASK_STATUS_NOT_ALLOWED(HttpStatus.FORBIDDEN, "IOTDA.014222",
			"Operation not allowed. The task status does not allow this operation.", true),

	/**
	 * A create that would store more subtasks than {@code iotda.limits.max-subtasks}
	 * allows (the embedded database's heap); the detail names the limit and the setting.
	 */
	SUBTASK_LIMIT_REACHED(HttpStatus.FORBIDDEN, "IOTDA.014223",
			"Operation not allowed. The emulator stores no more subtasks.", true),

	TASK_NOT_FOUND(HttpStatus.NOT_FOUND, "IOTDA.014221", "The batch task does not exist.", true),

	API_NOT_FOUND(HttpStatus.NOT_FOUND, "APIGW.0101",
			"The API does not exist or has not been published in the environment.", false),

	REQUEST_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "APIG.0201", "Request entity too large.", false),

	INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "IOTDA.000001", "Internal server error.", false),

	SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "IOTDA.000001", "Internal server error. (service unavailable)",
			true),

	/**
	 * The data the operation needs stayed locked by another operation (the simulator, a
	 * concurrent call) through the retries: a lock timeout, deadlock or serialization
	 * failure. Answered with {@code Retry-After}; nothing was changed.
	 */
	SERVICE_BUSY(HttpStatus.SERVICE_UNAVAILABLE, "IOTDA.000001", "Internal server error. (service busy, retry later)",
			true),

	/**
	 * Per-target code inside a 200 stop/retry/confirm answer (the official example's
	 * pair).
	 */
	TARGET_NOT_IN_TASK(HttpStatus.OK, "IOTDA.014219", "Invalid input. The target is not in the task", false),

	/** Per-target code inside a 200 stop/retry/confirm answer. */
	SUBTASK_STATUS_NOT_ALLOWED(HttpStatus.OK, "IOTDA.014220",
			"Operation not allowed. The subtask status does not allow this operation.", true),

	/**
	 * The emulator's control plane (/_emulator): a rule, group or webhook that does not
	 * exist.
	 */
	EMULATOR_RESOURCE_NOT_FOUND(HttpStatus.NOT_FOUND, "EMULATOR.0404", "The emulator resource does not exist.", true),

	/**
	 * The control plane in {@code verify} mode while no credential for it is configured
	 * ({@code iotda.emulator.control-plane.token}).
	 */
	CONTROL_PLANE_CLOSED(HttpStatus.FORBIDDEN, "EMULATOR.0403", "The emulator control plane is closed.", true),

	/** A time parameter (ListDevices' start_time, end_time) not in IoTDA's format. */
	INVALID_TIME_FORMAT(HttpStatus.BAD_REQUEST, "IOTDA.000009", "Invalid input. Invalid time format.", false),

	/** ListDevices' start_time after its end_time. */
	START_AFTER_END(HttpStatus.BAD_REQUEST, "IOTDA.000010",
			"Invalid input. The start time must be earlier than the end time.", false),

	/** No such device in this project and instance (show, update, delete, freeze...). */
	DEVICE_NOT_FOUND(HttpStatus.NOT_FOUND, "IOTDA.014000", "The device does not exist.", false),

	/** AddDevice naming a device id, or a node id of the same product, already taken. */
	DEVICE_ALREADY_EXISTS(HttpStatus.BAD_REQUEST, "IOTDA.014031", "Invalid input. The device already exists.", false),

	/** FreezeDevice on a device that is not directly connected (a sub-device). */
	SUB_DEVICE_NOT_FREEZABLE(HttpStatus.FORBIDDEN, "IOTDA.014038",
			"Operation not allowed. It is not allowed to freeze sub-devices, only gateways or directly connected devices can be frozen.",
			false),

	/** UnfreezeDevice on a device that is not frozen. */
	DEVICE_NOT_FROZEN(HttpStatus.FORBIDDEN, "IOTDA.014040",
			"Operation not allowed. The device is not frozen, can not unfreeze.", false),

	/**
	 * No such product in this project and instance (ShowProduct, DeleteProduct, and the
	 * product_id of AddDevice); the code and message are the emulator's.
	 */
	PRODUCT_NOT_FOUND(HttpStatus.NOT_FOUND, "IOTDA.013000", "The product does not exist.", true);

	private final HttpStatus status;

	private final String code;

	private final String message;

	private final boolean emulatorChoice;

	IotdaError(HttpStatus status, String code, String message, boolean emulatorChoice) {
		this.status = status;
		this.code = code;
		this.message = message;
		this.emulatorChoice = emulatorChoice;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public String message() {
		return this.message;
	}

	/**
	 * Whether the public IoTDA material is silent here and the emulator made the choice.
	 */
	public boolean emulatorChoice() {
		return this.emulatorChoice;
	}

	/**
	 * Whether the real service answers this from its API gateway, with {@code request_id}
	 * in the body.
	 */
	public boolean fromGateway() {
		return this.code.startsWith("APIG");
	}

	/** The catalog entry with this code (the first, when codes repeat), if any. */
	public static java.util.Optional<IotdaError> ofCode(String code) {
		return java.util.Arrays.stream(values()).filter((error) -> error.code.equals(code)).findFirst();
	}

	/** The message, followed by a detail when there is one. */
	public String messageWith(String detail) {
		return (detail == null || detail.isBlank()) ? this.message : this.message + " " + detail;
	}

}
