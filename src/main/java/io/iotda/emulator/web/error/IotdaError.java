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

	/** No OTA package of this id in the caller's project and instance. */
	OTA_PACKAGE_NOT_FOUND(HttpStatus.NOT_FOUND, "IOTDA.014800", "The OTA package does not exist.", true),

	/**
	 * A package of the same product, type and version already exists in the project and
	 * instance.
	 */
	OTA_PACKAGE_VERSION_EXISTS(HttpStatus.BAD_REQUEST, "IOTDA.014801",
			"Invalid input. The OTA package version already exists.", true),

	/** No batch-task file of this id in the caller's project and instance. */
	BATCH_TASK_FILE_NOT_FOUND(HttpStatus.NOT_FOUND, "IOTDA.014600", "The batch task file does not exist.", false),

	/** A file of this name is already uploaded in the project and instance. */
	BATCH_TASK_FILE_NAME_EXISTS(HttpStatus.BAD_REQUEST, "IOTDA.014602",
			"Invalid input. The batch task file name already exists.", false),

	/**
	 * The file is larger than {@code iotda.batch-task-files.max-file-size}, or holds more
	 * data rows than {@code iotda.batch-task-files.max-rows}.
	 */
	BATCH_TASK_FILE_TOO_LARGE(HttpStatus.BAD_REQUEST, "IOTDA.014603",
			"Invalid input. The size of batch task file exceeds the upper limit.", false),

	/** The project and instance already hold the 10 files IoTDA keeps. */
	BATCH_TASK_FILE_LIMIT_REACHED(HttpStatus.BAD_REQUEST, "IOTDA.014604",
			"Invalid input. The number of batch task files exceeds the upper limit.", true),

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

	/**
	 * A time parameter not in {@code yyyyMMdd'T'HHmmss'Z'} (ListDeviceGroups'
	 * {@code last_modified_time}); code and message as IoTDA's common error table.
	 */
	INVALID_TIME_FORMAT(HttpStatus.BAD_REQUEST, "IOTDA.000009", "Invalid input. Invalid time format.", false),

	/** No device group of this id in the project and instance (nor a super group). */
	DEVICE_GROUP_NOT_FOUND(HttpStatus.NOT_FOUND, "IOTDA.003001", "The device group does not exist.", true),

	/** Another group of the resource space (app_id) has the name. */
	DEVICE_GROUP_NAME_EXISTS(HttpStatus.BAD_REQUEST, "IOTDA.003002",
			"Invalid input. The device group name already exists in the resource space.", true),

	/** The project and instance hold 1,000 groups, IoTDA's documented limit. */
	DEVICE_GROUP_LIMIT_REACHED(HttpStatus.FORBIDDEN, "IOTDA.003003",
			"Operation not allowed. The number of device groups reached the upper limit (1000).", true),

	/** A child group would be a sixth level: IoTDA documents five at most. */
	DEVICE_GROUP_TOO_DEEP(HttpStatus.FORBIDDEN, "IOTDA.003004",
			"Operation not allowed. Device groups nest at most 5 levels deep.", true),

	/**
	 * addDevice of a member. The message is IoTDA's; the code is the one the error table
	 * lists just before {@link #DEVICE_NOT_IN_GROUP}, which the public excerpts do not
	 * show whole.
	 */
	DEVICE_ALREADY_IN_GROUP(HttpStatus.FORBIDDEN, "IOTDA.003005",
			"Operation not allowed. The device already exists in the group.", true),

	/** removeDevice of a device that is no member: code and message as IoTDA's. */
	DEVICE_NOT_IN_GROUP(HttpStatus.FORBIDDEN, "IOTDA.003006",
			"Operation not allowed. The device does not exist in the group.", false),

	/** addDevice to a group of 20,000 devices, IoTDA's documented limit. */
	GROUP_DEVICE_LIMIT_REACHED(HttpStatus.FORBIDDEN, "IOTDA.003007",
			"Operation not allowed. A device group holds at most 20000 devices.", true),

	/** addDevice of a device already in 10 groups, IoTDA's documented limit. */
	DEVICE_GROUPS_LIMIT_REACHED(HttpStatus.FORBIDDEN, "IOTDA.003008",
			"Operation not allowed. A device can be added to at most 10 device groups.", true),

	/**
	 * DeleteDeviceGroup of a group with child groups or devices: IoTDA has them deleted
	 * and removed first.
	 */
	DEVICE_GROUP_NOT_EMPTY(HttpStatus.FORBIDDEN, "IOTDA.003009",
			"Operation not allowed. Delete the child groups and remove the devices of the device group first.", true),

	/**
	 * The members of a DYNAMIC group follow its rule, which the emulator stores but does
	 * not evaluate: devices cannot be added or removed by hand, and a task cannot target
	 * it.
	 */
	DYNAMIC_GROUP_MEMBERS(HttpStatus.FORBIDDEN, "IOTDA.003010",
			"Operation not allowed. The emulator does not evaluate the rule of a DYNAMIC device group.", true),

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
