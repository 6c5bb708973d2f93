package io.iotda.emulator.batchtask;

import io.iotda.emulator.device.DeviceAuth;
import io.iotda.emulator.device.DeviceChanges;
import io.iotda.emulator.device.NewDevice;
import io.iotda.emulator.web.error.InvalidInputException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rows of a batch-task file as the device-management task types read them, by the
 * fields of IoTDA's templates: {@code createDevices} takes AddDevice's ({@code node_id}
 * and {@code product_id} required, {@code device_id} defaulting to
 * {@code <product_id>_<node_id>}), the others name the device by {@code device_id}, and
 * {@code updateDevices} takes UpdateDevice's fields besides.
 */
final class BatchFileRows {

	private static final Pattern DEVICE_ID = Pattern.compile(FieldRules.DEVICE_ID_PATTERN);

	private BatchFileRows() {
	}

	/**
	 * The device a row of the file acts on, checked when the task is created.
	 * @param index the row's place among the file's data rows, from 0
	 * @throws InvalidInputException naming the row, when it names no device or a value
	 * cannot be read
	 */
	static String deviceId(TaskType type, Map<String, String> row, int index) {
		String deviceId;
		if (type == TaskType.CREATE_DEVICES) {
			String nodeId = required(row, "node_id", index);
			String productId = required(row, "product_id", index);
			deviceId = given(row, "device_id");
			if (deviceId == null) {
				deviceId = productId + "_" + nodeId;
			}
			bool(row, "secure_access", index);
			integer(row, "timeout", index);
		}
		else {
			deviceId = required(row, "device_id", index);
			if (type == TaskType.UPDATE_DEVICES) {
				bool(row, "secure_access", index);
				integer(row, "timeout", index);
			}
		}
		if (!DEVICE_ID.matcher(deviceId).matches()) {
			throw new InvalidInputException(
					"Row " + (index + 1) + " of document_source: the device id must be 1 to 128 of A-Za-z0-9_-.");
		}
		return deviceId;
	}

	/** AddDevice's fields of a {@code createDevices} row. */
	static NewDevice toNewDevice(Map<String, String> row) {
		String secret = given(row, "secret");
		String fingerprint = given(row, "fingerprint");
		String authType = given(row, "auth_type");
		Boolean secureAccess = bool(row, "secure_access", 0);
		Integer timeout = integer(row, "timeout", 0);
		DeviceAuth auth = null;
		if (secret != null || fingerprint != null || authType != null || secureAccess != null || timeout != null) {
			if (authType == null) {
				authType = (fingerprint != null) ? DeviceAuth.CERTIFICATES : DeviceAuth.SECRET;
			}
			auth = new DeviceAuth(authType, secret, fingerprint, secureAccess, timeout);
		}
		return new NewDevice(given(row, "device_id"), given(row, "node_id"), given(row, "device_name"),
				given(row, "product_id"), auth, given(row, "description"), given(row, "gateway_id"),
				given(row, "app_id"), given(row, "extension_info"));
	}

	/** UpdateDevice's fields of an {@code updateDevices} row. */
	static DeviceChanges toDeviceChanges(Map<String, String> row) {
		return new DeviceChanges(given(row, "device_name"), given(row, "description"), given(row, "extension_info"),
				bool(row, "secure_access", 0), integer(row, "timeout", 0));
	}

	private static String given(Map<String, String> row, String field) {
		String value = row.get(field);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String required(Map<String, String> row, String field, int index) {
		String value = given(row, field);
		if (value == null) {
			throw new InvalidInputException("Row " + (index + 1) + " of document_source has no " + field + ".");
		}
		return value;
	}

	private static Boolean bool(Map<String, String> row, String field, int index) {
		String value = given(row, field);
		if (value == null) {
			return null;
		}
		if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
			return Boolean.valueOf(value);
		}
		throw new InvalidInputException(
				"Row " + (index + 1) + " of document_source: " + field + " must be true or false.");
	}

	private static Integer integer(Map<String, String> row, String field, int index) {
		String value = given(row, field);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(
					"Row " + (index + 1) + " of document_source: " + field + " must be a whole number.");
		}
	}

}
