package io.iotda.emulator.device;

import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.web.error.InvalidInputException;
import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.error.IotdaException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The device registry of each project and instance: IoTDA's device operations (add, show,
 * list, update, delete, freeze, unfreeze) and what batch tasks and device groups need of
 * it (which ids are devices, registering on first use, setting versions). Table
 * {@code device} is written only through here.
 * <p>
 * Errors are IoTDA's: 400 {@code IOTDA.000006} for a field that breaks its rule, 404
 * {@code IOTDA.013000} for an unknown product, 400 {@code IOTDA.014031} for a device or
 * node id already registered, 404 {@code IOTDA.014000} for an unknown device, 403
 * {@code IOTDA.014038} and {@code IOTDA.014040} for freezing a sub-device and unfreezing
 * a device that is not frozen. A refusal is decided before anything is written and does
 * not roll back the caller's transaction, so that a simulator step can end the subtask
 * that asked with the error instead.
 */
@Service
public class DeviceRegistry {

	private static final SecureRandom random = new SecureRandom();

	private final DeviceRows rows;

	private final Products products;

	private final RegistryProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DeviceRegistry(DeviceRows rows, Products products, RegistryProperties properties, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.rows = rows;
		this.products = products;
		this.properties = properties;
		this.clock = clock;
	}

	/** How ids that tasks and groups name are treated ({@code iotda.registry.mode}). */
	public RegistryMode mode() {
		return this.properties.mode();
	}

	/** The device, if the project and instance have it. */
	@Transactional(readOnly = true)
	public Optional<Device> find(TenantScope scope, String deviceId) {
		return this.rows.find(scope, deviceId);
	}

	/**
	 * The registered devices of a page of ids (a group's members), by id; ids that are no
	 * device are left out.
	 */
	@Transactional(readOnly = true)
	public Map<String, Device> findAll(TenantScope scope, Collection<String> deviceIds) {
		Map<String, Device> found = new LinkedHashMap<>();
		for (String deviceId : distinct(deviceIds)) {
			this.rows.find(scope, deviceId).ifPresent((device) -> found.put(deviceId, device));
		}
		return found;
	}

	/** Every device of the project and instance, oldest first (snapshots). */
	@Transactional(readOnly = true)
	public List<Device> all(TenantScope scope) {
		return this.rows.all(scope);
	}

	/**
	 * Puts a device back as a snapshot wrote it (fixtures): replaces a device of the same
	 * id, keeps its versions and whether it is frozen; its product need not exist (a
	 * device registered on first use has none). Secrets are not in snapshots: a
	 * {@code SECRET} device gets a new one. The caller has checked its fields.
	 */
	@Transactional
	public void restore(TenantScope scope, Device device) {
		this.rows.delete(scope, device.deviceId());
		String deviceId = device.deviceId();
		this.rows.insert(scope,
				new Device(deviceId, device.nodeId(), device.deviceName(), device.productId(), device.appId(),
						(device.gatewayId() != null) ? device.gatewayId() : deviceId,
						(device.nodeType() != null) ? device.nodeType() : Device.GATEWAY, device.description(), null,
						null, Device.INACTIVE, null,
						// registered on first use (no product): no credentials, as then
						(device.productId() != null) ? auth(device.auth()) : null, device.extensionInfo()),
				Instant.now(this.clock));
		if (device.fwVersion() != null) {
			setFirmwareVersion(scope, List.of(deviceId), device.fwVersion());
		}
		if (device.swVersion() != null) {
			setSoftwareVersion(scope, List.of(deviceId), device.swVersion());
		}
		if (Device.FROZEN.equals(device.status())) {
			freeze(scope, deviceId);
		}
	}

	/** The ones of deviceIds that are registered devices. */
	@Transactional(readOnly = true)
	public Set<String> registered(TenantScope scope, Collection<String> deviceIds) {
		List<String> ids = distinct(deviceIds);
		return ids.isEmpty() ? Set.of() : this.rows.existing(scope, ids);
	}

	/**
	 * Lenient first use: registers each device not yet known (node_id = device_id, no
	 * product, status INACTIVE); one or a few statements for many ids (tasks name up to
	 * 30,000). Devices registered meanwhile by another caller are left as they are.
	 * @throws InvalidInputException if an id is not 1 to 128 of {@code A-Za-z0-9_-}
	 */
	@Transactional
	public void registerOnFirstUse(TenantScope scope, Collection<String> deviceIds) {
		List<String> ids = distinct(deviceIds);
		ids.forEach(RegistryRules::deviceId);
		if (!ids.isEmpty()) {
			this.rows.insertMissing(scope, ids, now());
		}
	}

	/**
	 * Adds a device as AddDevice does (the same checks and IotdaException errors): the
	 * product must exist; without {@code device_id} the id is
	 * {@code <product_id>_<node_id>}; a device with {@code gateway_id} is a sub-device
	 * ({@code ENDPOINT}) of that registered device, at most two levels below a directly
	 * connected one; without a secret, a {@code SECRET} device gets a generated one; the
	 * status is {@code INACTIVE}.
	 */
	@Transactional(noRollbackFor = IotdaException.class)
	public Device add(TenantScope scope, NewDevice device) {
		RegistryRules.checkNewDevice(device);
		Product product = this.products.find(scope, device.productId())
			.orElseThrow(() -> new IotdaException(IotdaError.PRODUCT_NOT_FOUND,
					"product_id " + device.productId() + " is not a product of this project and instance."));
		String deviceId = (device.deviceId() != null) ? device.deviceId() : device.productId() + "_" + device.nodeId();
		if (device.gatewayId() != null) {
			checkGateway(scope, device.gatewayId());
		}
		if (this.rows.find(scope, deviceId).isPresent()) {
			throw new IotdaException(IotdaError.DEVICE_ALREADY_EXISTS, "device_id " + deviceId + " is registered.");
		}
		if (this.rows.nodeTaken(scope, device.productId(), device.nodeId())) {
			throw new IotdaException(IotdaError.DEVICE_ALREADY_EXISTS,
					"node_id " + device.nodeId() + " is registered under product " + device.productId() + ".");
		}
		Device added = new Device(deviceId, device.nodeId(), device.deviceName(), device.productId(),
				(device.appId() != null) ? device.appId() : product.appId(),
				(device.gatewayId() != null) ? device.gatewayId() : deviceId,
				(device.gatewayId() != null) ? Device.ENDPOINT : Device.GATEWAY, device.description(), null, null,
				Device.INACTIVE, null, auth(device.auth()), device.extensionInfo());
		try {
			this.rows.insert(scope, added, now());
		}
		catch (DuplicateKeyException ex) {
			throw new IotdaException(IotdaError.DEVICE_ALREADY_EXISTS, "device_id " + deviceId + " is registered.");
		}
		return this.rows.find(scope, deviceId).orElseThrow();
	}

	/**
	 * Updates as UpdateDevice does: the given fields change, the others stay.
	 * @throws IotdaException if the device is unknown (404 {@code IOTDA.014000}) or a
	 * field breaks its rule
	 */
	@Transactional(noRollbackFor = IotdaException.class)
	public Device update(TenantScope scope, String deviceId, DeviceChanges changes) {
		RegistryRules.checkChanges(changes);
		Device device = this.rows.find(scope, deviceId)
			.orElseThrow(() -> new IotdaException(IotdaError.DEVICE_NOT_FOUND));
		DeviceAuth auth = device.auth();
		if (changes.secureAccess() != null || changes.timeout() != null) {
			auth = new DeviceAuth((auth != null) ? auth.authType() : null, (auth != null) ? auth.secret() : null,
					(auth != null) ? auth.fingerprint() : null,
					(changes.secureAccess() != null) ? changes.secureAccess()
							: (auth != null) ? auth.secureAccess() : null,
					(changes.timeout() != null) ? changes.timeout() : (auth != null) ? auth.timeout() : null);
		}
		this.rows.update(scope,
				new Device(device.deviceId(), device.nodeId(), or(changes.deviceName(), device.deviceName()),
						device.productId(), device.appId(), device.gatewayId(), device.nodeType(),
						or(changes.description(), device.description()), device.fwVersion(), device.swVersion(),
						device.status(), device.createTime(), auth,
						or(changes.extensionInfo(), device.extensionInfo())));
		return this.rows.find(scope, deviceId).orElseThrow();
	}

	/** Deletes the device; false if unknown. Its sub-devices keep their gateway_id. */
	@Transactional
	public boolean delete(TenantScope scope, String deviceId) {
		boolean deleted = this.rows.delete(scope, deviceId);
		if (deleted) {
			this.events.publishEvent(new DeviceDeleted(scope, deviceId));
		}
		return deleted;
	}

	/**
	 * Freezes the device (status {@code FROZEN}, the status it had kept for unfreeze); a
	 * frozen device stays as it is. False if unknown.
	 * @throws IotdaException 403 {@code IOTDA.014038} if it is a sub-device
	 */
	@Transactional(noRollbackFor = IotdaException.class)
	public boolean freeze(TenantScope scope, String deviceId) {
		Optional<Device> device = this.rows.find(scope, deviceId);
		if (device.isEmpty()) {
			return false;
		}
		if (!device.get().directlyConnected()) {
			throw new IotdaException(IotdaError.SUB_DEVICE_NOT_FREEZABLE);
		}
		this.rows.freeze(scope, deviceId);
		return true;
	}

	/**
	 * Unfreezes the device: it gets back the status it had when frozen. False if unknown.
	 * @throws IotdaException 403 {@code IOTDA.014040} if it is not frozen
	 */
	@Transactional(noRollbackFor = IotdaException.class)
	public boolean unfreeze(TenantScope scope, String deviceId) {
		Optional<Device> device = this.rows.find(scope, deviceId);
		if (device.isEmpty()) {
			return false;
		}
		if (!Device.FROZEN.equals(device.get().status())) {
			throw new IotdaException(IotdaError.DEVICE_NOT_FROZEN);
		}
		this.rows.unfreeze(scope, deviceId);
		return true;
	}

	/** Sets the firmware version of the devices that exist; answers how many changed. */
	@Transactional
	public int setFirmwareVersion(TenantScope scope, Collection<String> deviceIds, String version) {
		RegistryRules.version(version);
		List<String> ids = distinct(deviceIds);
		return ids.isEmpty() ? 0 : this.rows.setVersion(scope, ids, "fw_version", version);
	}

	/** Sets the software version of the devices that exist; answers how many changed. */
	@Transactional
	public int setSoftwareVersion(TenantScope scope, Collection<String> deviceIds, String version) {
		RegistryRules.version(version);
		List<String> ids = distinct(deviceIds);
		return ids.isEmpty() ? 0 : this.rows.setVersion(scope, ids, "sw_version", version);
	}

	/**
	 * A page of the tenant's devices matching the filter, newest first (ListDevices).
	 */
	@Transactional(readOnly = true)
	public Page<Device> list(TenantScope scope, DeviceFilter filter, PageRequest page) {
		return this.rows.page(scope, filter, page);
	}

	/** Deletes every device of every project. */
	@Transactional
	public void deleteAll() {
		this.rows.deleteAll();
	}

	/** Deletes every device of the project, in every instance. */
	@Transactional
	public void deleteProject(String projectId) {
		this.rows.deleteProject(projectId);
	}

	/**
	 * The emulator's time to the second, as create_time shows it: what the list's
	 * start_time and end_time compare against.
	 */
	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
	}

	private void checkGateway(TenantScope scope, String gatewayId) {
		Device gateway = this.rows.find(scope, gatewayId)
			.orElseThrow(() -> new InvalidInputException("gateway_id " + gatewayId + " is not a registered device."));
		if (!gateway.directlyConnected()) {
			Device parent = this.rows.find(scope, gateway.gatewayId()).orElse(null);
			if (parent != null && !parent.directlyConnected()) {
				throw new InvalidInputException("gateway_id " + gatewayId
						+ " is a second-level sub-device: sub-devices go at most two levels deep.");
			}
		}
	}

	private static DeviceAuth auth(DeviceAuth given) {
		String type = (given != null && given.authType() != null) ? given.authType() : DeviceAuth.SECRET;
		String secret = (given != null) ? given.secret() : null;
		if (DeviceAuth.SECRET.equals(type) && secret == null) {
			byte[] bytes = new byte[16];
			random.nextBytes(bytes);
			secret = HexFormat.of().formatHex(bytes);
		}
		return new DeviceAuth(type, secret, (given != null) ? given.fingerprint() : null,
				(given != null) ? given.secureAccess() : null, (given != null) ? given.timeout() : null);
	}

	private static String or(String changed, String current) {
		return (changed != null) ? changed : current;
	}

	private static List<String> distinct(Collection<String> ids) {
		return new ArrayList<>(new LinkedHashSet<>(ids));
	}

}
