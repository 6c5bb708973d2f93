package io.iotda.emulator.device.web;

import io.iotda.emulator.device.Device;
import io.iotda.emulator.device.DeviceAuth;
import io.iotda.emulator.device.DeviceChanges;
import io.iotda.emulator.device.DeviceFilter;
import io.iotda.emulator.device.DeviceRegistry;
import io.iotda.emulator.device.NewDevice;
import io.iotda.emulator.device.Page;
import io.iotda.emulator.device.PageRequest;
import io.iotda.emulator.device.Product;
import io.iotda.emulator.device.Products;
import io.iotda.emulator.web.IotdaTime;
import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.web.error.InvalidInputException;
import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.error.IotdaException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * IoTDA's device API: maps paths, headers, query and body, then hands over to
 * {@link DeviceRegistry}. The documentation and the parameters' rules are
 * {@link DeviceApi}'s.
 */
@RestController
@RequestMapping(path = "/v5/iot/{project_id}/devices", produces = MediaType.APPLICATION_JSON_VALUE)
class DeviceController implements DeviceApi {

	private static final TypeReference<Map<String, Object>> EXTENSION_INFO = new TypeReference<>() {
	};

	private final DeviceRegistry registry;

	private final Products products;

	private final JsonMapper json;

	DeviceController(DeviceRegistry registry, Products products, JsonMapper json) {
		this.registry = registry;
		this.products = products;
		this.json = json;
	}

	@Override
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	public DeviceResponse add(@PathVariable("project_id") String projectId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestBody AddDeviceRequest request) {
		TenantScope scope = TenantScope.of(projectId, instanceId);
		AddDeviceRequest.AuthInfo auth = request.authInfo();
		Device device = this.registry.add(scope,
				new NewDevice(request.deviceId(), request.nodeId(), request.deviceName(), request.productId(),
						(auth != null) ? new DeviceAuth(auth.authType(), auth.secret(), auth.fingerprint(),
								auth.secureAccess(), timeout(auth.timeout())) : null,
						request.description(), request.gatewayId(), request.appId(), text(request.extensionInfo())));
		return answer(scope, device, true, true);
	}

	@Override
	@GetMapping
	public ListDevicesResponse list(@PathVariable("project_id") String projectId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestParam(name = "product_id", required = false) String productId,
			@RequestParam(name = "gateway_id", required = false) String gatewayId,
			@RequestParam(name = "is_cascade_query", required = false) Boolean isCascadeQuery,
			@RequestParam(name = "node_id", required = false) String nodeId,
			@RequestParam(name = "device_name", required = false) String deviceName,
			@RequestParam(name = "limit", required = false) Integer limit,
			@RequestParam(name = "marker", required = false) String marker,
			@RequestParam(name = "offset", required = false) Integer offset,
			@RequestParam(name = "start_time", required = false) String startTime,
			@RequestParam(name = "end_time", required = false) String endTime,
			@RequestParam(name = "app_id", required = false) String appId) {
		TenantScope scope = TenantScope.of(projectId, instanceId);
		Instant start = time(startTime);
		Instant end = time(endTime);
		if (start != null && end != null && start.isAfter(end)) {
			throw new IotdaException(IotdaError.START_AFTER_END);
		}
		Page<Device> page = this.registry.list(scope, new DeviceFilter(productId, gatewayId,
				Boolean.TRUE.equals(isCascadeQuery), nodeId, deviceName, start, end, appId),
				PageRequest.of(marker, offset, limit));
		Map<String, String> productNames = new HashMap<>();
		return new ListDevicesResponse(page.items()
			.stream()
			.map((device) -> DeviceSummary.of(device, productName(scope, device, productNames)))
			.toList(), new PageInfo(page.count(), page.marker()));
	}

	@Override
	@GetMapping("/{device_id}")
	public DeviceResponse show(@PathVariable("project_id") String projectId, @PathVariable("device_id") String deviceId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId) {
		TenantScope scope = TenantScope.of(projectId, instanceId);
		Device device = this.registry.find(scope, deviceId)
			.orElseThrow(() -> new IotdaException(IotdaError.DEVICE_NOT_FOUND));
		return answer(scope, device, false, false);
	}

	@Override
	@PutMapping(path = "/{device_id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	public DeviceResponse update(@PathVariable("project_id") String projectId,
			@PathVariable("device_id") String deviceId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestBody UpdateDeviceRequest request) {
		TenantScope scope = TenantScope.of(projectId, instanceId);
		UpdateDeviceRequest.AuthInfoWithoutSecret auth = request.authInfo();
		Device device = this.registry.update(scope, deviceId,
				new DeviceChanges(request.deviceName(), request.description(), text(request.extensionInfo()),
						(auth != null) ? auth.secureAccess() : null, (auth != null) ? timeout(auth.timeout()) : null));
		return answer(scope, device, false, true);
	}

	@Override
	@DeleteMapping("/{device_id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void delete(@PathVariable("project_id") String projectId, @PathVariable("device_id") String deviceId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId) {
		found(this.registry.delete(TenantScope.of(projectId, instanceId), deviceId));
	}

	@Override
	@PostMapping("/{device_id}/freeze")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void freeze(@PathVariable("project_id") String projectId, @PathVariable("device_id") String deviceId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId) {
		found(this.registry.freeze(TenantScope.of(projectId, instanceId), deviceId));
	}

	@Override
	@PostMapping("/{device_id}/unfreeze")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void unfreeze(@PathVariable("project_id") String projectId, @PathVariable("device_id") String deviceId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId) {
		found(this.registry.unfreeze(TenantScope.of(projectId, instanceId), deviceId));
	}

	private DeviceResponse answer(TenantScope scope, Device device, boolean withSecret, boolean withTimeout) {
		return DeviceResponse.of(device, productName(scope, device, new HashMap<>()),
				DeviceResponse.AuthInfoAnswer.of(device.auth(), withSecret, withTimeout),
				(device.extensionInfo() != null) ? this.json.readValue(device.extensionInfo(), EXTENSION_INFO) : null);
	}

	/** The name of the device's product, looked up once per product of a page. */
	private String productName(TenantScope scope, Device device, Map<String, String> known) {
		if (device.productId() == null) {
			return null;
		}
		return known.computeIfAbsent(device.productId(),
				(productId) -> this.products.find(scope, productId).map(Product::name).orElse(null));
	}

	/** A JSON object as text; JSON null and absence alike mean none. */
	private String text(Map<String, Object> value) {
		return (value != null) ? this.json.writeValueAsString(value) : null;
	}

	/**
	 * auth_info.timeout, read as a long so that a value past the int range is its error.
	 */
	private static Integer timeout(Long timeout) {
		if (timeout == null) {
			return null;
		}
		if (timeout < 0 || timeout > Integer.MAX_VALUE) {
			throw new InvalidInputException("auth_info.timeout must be 0 to 2147483647.");
		}
		return timeout.intValue();
	}

	private static Instant time(String value) {
		if (value == null) {
			return null;
		}
		try {
			return IotdaTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IotdaException(IotdaError.INVALID_TIME_FORMAT);
		}
	}

	private static void found(boolean found) {
		if (!found) {
			throw new IotdaException(IotdaError.DEVICE_NOT_FOUND);
		}
	}

}
