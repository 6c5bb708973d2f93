package io.iotda.emulator.device;

import io.iotda.emulator.web.error.InvalidInputException;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field rules of IoTDA's product and device operations, as its API reference and the
 * official SDK's models give them: one place for the HTTP operations and for callers of
 * the module's API (tasks that create or update devices), so that both refuse alike with
 * 400 {@code IOTDA.000006}.
 */
final class RegistryRules {

	/** Letters (Chinese included), digits and {@code _?'#().,&%@!-}: names and types. */
	private static final String NAME_CHARS = "\\p{IsHan}A-Za-z0-9_?'#().,&%@!\\-";

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

	private static final Pattern NAME = Pattern.compile("[" + NAME_CHARS + "]+");

	/** A product's description may also hold white space and {@code ;，、：；。/}. */
	private static final Pattern PRODUCT_DESCRIPTION = Pattern.compile("[" + NAME_CHARS + "\\s;，、：；。/]*");

	private static final Pattern FINGERPRINT = Pattern.compile("[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64}");

	static final Set<String> PROTOCOL_TYPES = Set.of("MQTT", "CoAP", "HTTP", "HTTPS", "Modbus", "ONVIF", "OPC-UA",
			"OPC-DA", "TCP", "UDP", "Other");

	static final Set<String> DATA_FORMATS = Set.of("json", "binary");

	static final int MAX_SERVICE_CAPABILITIES = 500;

	static final int MAX_SERVICE_CAPABILITIES_CHARS = 500 * 1024;

	static final int MAX_EXTENSION_INFO_CHARS = 1024;

	static final int MAX_VERSION_LENGTH = 256;

	private static final JsonMapper json = JsonMapper.builder().build();

	private RegistryRules() {
	}

	static void checkNewProduct(NewProduct product) {
		optionalId("product_id", product.productId(), 36);
		name("name", required("name", product.name()), 64);
		name("device_type", required("device_type", product.deviceType()), 32);
		String protocol = required("protocol_type", product.protocolType());
		if (!PROTOCOL_TYPES.contains(protocol)) {
			throw new InvalidInputException("protocol_type must be one of MQTT, CoAP, HTTP, HTTPS, Modbus, ONVIF, "
					+ "OPC-UA, OPC-DA, TCP, UDP, Other.");
		}
		if (product.dataFormat() != null && !DATA_FORMATS.contains(product.dataFormat())) {
			throw new InvalidInputException("data_format must be json or binary.");
		}
		optionalName("manufacturer_name", product.manufacturerName(), 32);
		optionalName("industry", product.industry(), 64);
		if (product.description() != null && (product.description().length() > 128
				|| !PRODUCT_DESCRIPTION.matcher(product.description()).matches())) {
			throw new InvalidInputException("description must be at most 128 letters, digits, white space or "
					+ "_?'#().,;&%@!-，、：；。/ characters.");
		}
		optionalId("app_id", product.appId(), 36);
		String capabilities = required("service_capabilities", product.serviceCapabilities());
		JsonNode list = parse("service_capabilities", capabilities);
		if (!list.isArray() || list.size() > MAX_SERVICE_CAPABILITIES
				|| capabilities.length() > MAX_SERVICE_CAPABILITIES_CHARS) {
			throw new InvalidInputException("service_capabilities must be a list of at most 500 service "
					+ "capabilities, at most 500 KB in all.");
		}
		for (JsonNode capability : list) {
			if (!capability.isObject()) {
				throw new InvalidInputException("service_capabilities must hold service capability objects.");
			}
		}
	}

	static void checkNewDevice(NewDevice device) {
		optionalId("device_id", device.deviceId(), 128);
		id("node_id", required("node_id", device.nodeId()), 64);
		optionalName("device_name", device.deviceName(), 256);
		id("product_id", required("product_id", device.productId()), 36);
		optionalName("description", device.description(), 2048);
		optionalId("gateway_id", device.gatewayId(), 128);
		optionalId("app_id", device.appId(), 36);
		extensionInfo(device.extensionInfo());
		DeviceAuth auth = device.auth();
		if (auth != null) {
			if (auth.authType() != null && !DeviceAuth.SECRET.equals(auth.authType())
					&& !DeviceAuth.CERTIFICATES.equals(auth.authType())) {
				throw new InvalidInputException("auth_info.auth_type must be SECRET or CERTIFICATES.");
			}
			if (auth.secret() != null && (auth.secret().length() < 8 || auth.secret().length() > 32
					|| !ID.matcher(auth.secret()).matches())) {
				throw new InvalidInputException("auth_info.secret must be 8 to 32 of A-Za-z0-9_-.");
			}
			if (auth.fingerprint() != null && !FINGERPRINT.matcher(auth.fingerprint()).matches()) {
				throw new InvalidInputException("auth_info.fingerprint must be 40 or 64 hexadecimal digits.");
			}
			timeout(auth.timeout());
		}
	}

	static void checkChanges(DeviceChanges changes) {
		optionalName("device_name", changes.deviceName(), 256);
		optionalName("description", changes.description(), 2048);
		extensionInfo(changes.extensionInfo());
		timeout(changes.timeout());
	}

	/** A device id that a task or group names: 1 to 128 of {@code A-Za-z0-9_-}. */
	static void deviceId(String deviceId) {
		id("device_id", required("device_id", deviceId), 128);
	}

	static void version(String version) {
		if (version == null || version.isEmpty() || version.length() > MAX_VERSION_LENGTH) {
			throw new InvalidInputException("version must be 1 to " + MAX_VERSION_LENGTH + " characters.");
		}
	}

	private static void extensionInfo(String extensionInfo) {
		if (extensionInfo == null) {
			return;
		}
		if (!parse("extension_info", extensionInfo).isObject()) {
			throw new InvalidInputException("extension_info must be a JSON object.");
		}
		if (extensionInfo.length() > MAX_EXTENSION_INFO_CHARS) {
			throw new InvalidInputException("extension_info must be at most 1 KB.");
		}
	}

	private static void timeout(Integer timeout) {
		if (timeout != null && timeout < 0) {
			throw new InvalidInputException("auth_info.timeout must be 0 to 2147483647.");
		}
	}

	private static JsonNode parse(String field, String text) {
		try {
			return json.readTree(text);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException(field + " must be JSON.");
		}
	}

	private static String required(String field, String value) {
		if (value == null) {
			throw new InvalidInputException(field + " is required.");
		}
		return value;
	}

	private static void optionalId(String field, String value, int maxLength) {
		if (value != null) {
			id(field, value, maxLength);
		}
	}

	private static void id(String field, String value, int maxLength) {
		if (value.isEmpty() || value.length() > maxLength || !ID.matcher(value).matches()) {
			throw new InvalidInputException(field + " must be 1 to " + maxLength + " of A-Za-z0-9_-.");
		}
	}

	private static void optionalName(String field, String value, int maxLength) {
		if (value != null) {
			name(field, value, maxLength);
		}
	}

	private static void name(String field, String value, int maxLength) {
		if (value.isEmpty() || value.length() > maxLength || !NAME.matcher(value).matches()) {
			throw new InvalidInputException(
					field + " must be 1 to " + maxLength + " letters, digits or _?'#().,&%@!- characters.");
		}
	}

}
