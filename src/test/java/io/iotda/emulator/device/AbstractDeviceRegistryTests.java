package io.iotda.emulator.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.error.IotdaException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry's set-based work on many ids (registering on first use, which ids are
 * devices, setting versions) and its rules for adding devices, through its API on a
 * migrated database. Each test runs in a transaction that is rolled back, and starts from
 * no devices and no products.
 */
@JdbcTest(properties = "spring.datasource.hikari.maximum-pool-size=2")
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import({ DeviceRegistry.class, DeviceRows.class, Products.class, AbstractDeviceRegistryTests.FixedClock.class })
abstract class AbstractDeviceRegistryTests {

	/** As many ids as a task may name. */
	private static final int MANY = 30_000;

	private static final TenantScope SCOPE = TenantScope.of("p1", null);

	private static final TenantScope OTHER_INSTANCE = TenantScope.of("p1", "instance-2");

	private static final Instant NOW = Instant.parse("2024-06-27T08:15:30Z");

	@Autowired
	private DeviceRegistry registry;

	@Autowired
	private Products products;

	@Autowired
	private JdbcTemplate jdbc;

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RegistryProperties.class)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

	@BeforeEach
	void emptyRegistry() {
		this.registry.deleteAll();
		this.products.deleteAll();
	}

	@Test
	void registersManyDevicesOnFirstUseLeavingKnownOnesAsTheyAre() {
		this.products.create(SCOPE, product("meter"));
		Device known = this.registry.add(SCOPE, device("meter", "known"));
		List<String> ids = new ArrayList<>(ids("dev", MANY));
		ids.add(known.deviceId());
		ids.add(ids.get(0));

		this.registry.registerOnFirstUse(SCOPE, ids);

		assertThat(count(SCOPE)).isEqualTo(MANY + 1);
		assertThat(this.registry.find(SCOPE, known.deviceId())).contains(known);
		assertThat(this.registry.find(SCOPE, "dev-12345")).hasValueSatisfying((device) -> {
			assertThat(device.nodeId()).isEqualTo("dev-12345");
			assertThat(device.gatewayId()).isEqualTo("dev-12345");
			assertThat(device.nodeType()).isEqualTo(Device.GATEWAY);
			assertThat(device.productId()).isNull();
			assertThat(device.status()).isEqualTo(Device.INACTIVE);
			assertThat(device.createTime()).isEqualTo(NOW);
			assertThat(device.auth()).isNull();
		});
		assertThat(count(OTHER_INSTANCE)).isZero();
	}

	@Test
	void registeringOnFirstUseAgainAddsOnlyTheNewIds() {
		this.registry.registerOnFirstUse(SCOPE, ids("dev", 3));

		this.registry.registerOnFirstUse(SCOPE, ids("dev", 5));

		assertThat(count(SCOPE)).isEqualTo(5);
	}

	@Test
	void refusesToRegisterAnIdNoDeviceCanHave() {
		IotdaException refused = catchThrowableOfType(IotdaException.class,
				() -> this.registry.registerOnFirstUse(SCOPE, List.of("good", "not good")));

		assertThat(refused.error()).isEqualTo(IotdaError.INVALID_INPUT);
		assertThat(count(SCOPE)).isZero();
	}

	@Test
	void answersWhichOfManyIdsAreRegisteredDevices() {
		this.registry.registerOnFirstUse(SCOPE, ids("dev", MANY));
		this.registry.registerOnFirstUse(OTHER_INSTANCE, List.of("elsewhere"));
		List<String> asked = new ArrayList<>(ids("dev", MANY));
		asked.addAll(ids("unknown", 100));
		asked.add("elsewhere");

		assertThat(this.registry.registered(SCOPE, asked)).hasSize(MANY)
			.contains("dev-0", "dev-" + (MANY - 1))
			.doesNotContain("unknown-0", "elsewhere");
	}

	@Test
	void setsTheFirmwareVersionOfTheDevicesThatExistAndCountsThem() {
		this.registry.registerOnFirstUse(SCOPE, ids("dev", MANY));
		this.registry.registerOnFirstUse(OTHER_INSTANCE, List.of("dev-0"));
		List<String> named = new ArrayList<>(ids("dev", MANY));
		named.addAll(ids("unknown", 10));

		int changed = this.registry.setFirmwareVersion(SCOPE, named, "V2.0.1");

		assertThat(changed).isEqualTo(MANY);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM device WHERE instance_id = '' AND fw_version = 'V2.0.1' AND sw_version IS NULL",
				Integer.class))
			.isEqualTo(MANY);
		assertThat(this.registry.find(OTHER_INSTANCE, "dev-0").orElseThrow().fwVersion()).isNull();
	}

	@Test
	void answersNoIdsWithNothing() {
		this.registry.registerOnFirstUse(SCOPE, List.of());

		assertThat(this.registry.registered(SCOPE, List.of())).isEmpty();
		assertThat(this.registry.setFirmwareVersion(SCOPE, List.of(), "V1")).isZero();
		assertThat(count(SCOPE)).isZero();
	}

	@Test
	void setsTheSoftwareVersionAloneAndAgain() {
		this.registry.registerOnFirstUse(SCOPE, ids("dev", 3));
		this.registry.setFirmwareVersion(SCOPE, List.of("dev-0"), "fw-1");

		assertThat(this.registry.setSoftwareVersion(SCOPE, List.of("dev-0", "dev-1", "dev-1"), "sw-1")).isEqualTo(2);
		assertThat(this.registry.setSoftwareVersion(SCOPE, List.of("dev-0"), "sw-2")).isEqualTo(1);

		Device device = this.registry.find(SCOPE, "dev-0").orElseThrow();
		assertThat(device.fwVersion()).isEqualTo("fw-1");
		assertThat(device.swVersion()).isEqualTo("sw-2");
		assertThat(this.registry.find(SCOPE, "dev-2").orElseThrow().swVersion()).isNull();
	}

	@Test
	void addsADeviceNamedAfterItsProductAndNodeWithAGeneratedSecret() {
		this.products.create(SCOPE, product("meter"));

		Device added = this.registry.add(SCOPE, device("meter", "imei-1"));

		assertThat(added.deviceId()).isEqualTo("meter_imei-1");
		assertThat(added.gatewayId()).isEqualTo("meter_imei-1");
		assertThat(added.status()).isEqualTo(Device.INACTIVE);
		assertThat(added.auth().authType()).isEqualTo(DeviceAuth.SECRET);
		assertThat(added.auth().secret()).matches("[0-9a-f]{32}");
	}

	@Test
	void refusesADeviceOfAnUnknownProductOrATakenNode() {
		this.products.create(SCOPE, product("meter"));
		this.registry.add(SCOPE, device("meter", "imei-1"));

		assertThat(
				catchThrowableOfType(IotdaException.class, () -> this.registry.add(SCOPE, device("nope", "n"))).error())
			.isEqualTo(IotdaError.PRODUCT_NOT_FOUND);
		IotdaException taken = catchThrowableOfType(IotdaException.class, () -> this.registry.add(SCOPE,
				new NewDevice("other-id", "imei-1", null, "meter", null, null, null, null, null)));
		assertThat(taken.error()).isEqualTo(IotdaError.DEVICE_ALREADY_EXISTS);
		assertThat(taken.detail()).contains("node_id imei-1");
	}

	@Test
	void keepsSubDevicesToTwoLevels() {
		this.products.create(SCOPE, product("meter"));
		this.registry.add(SCOPE, device("meter", "gw"));
		this.registry.add(SCOPE, subDevice("child", "meter_gw"));
		this.registry.add(SCOPE, subDevice("grandchild", "child"));

		IotdaException refused = catchThrowableOfType(IotdaException.class,
				() -> this.registry.add(SCOPE, subDevice("too-deep", "grandchild")));

		assertThat(refused.error()).isEqualTo(IotdaError.INVALID_INPUT);
		assertThat(this.registry.find(SCOPE, "grandchild").orElseThrow().nodeType()).isEqualTo(Device.ENDPOINT);
		assertThat(this.registry.list(SCOPE, filterByGateway("meter_gw", false), PageRequest.first()).items())
			.extracting(Device::deviceId)
			.containsExactly("child");
		assertThat(this.registry.list(SCOPE, filterByGateway("meter_gw", true), PageRequest.first()).items())
			.extracting(Device::deviceId)
			.containsExactly("grandchild", "child");
	}

	@Test
	void freezesOnlyDirectlyConnectedDevicesAndUnfreezesToTheStatusTheyHad() {
		this.products.create(SCOPE, product("meter"));
		this.registry.add(SCOPE, device("meter", "gw"));
		this.registry.add(SCOPE, subDevice("child", "meter_gw"));

		assertThat(this.registry.freeze(SCOPE, "meter_gw")).isTrue();
		assertThat(this.registry.freeze(SCOPE, "meter_gw")).isTrue();
		assertThat(this.registry.find(SCOPE, "meter_gw").orElseThrow().status()).isEqualTo(Device.FROZEN);
		assertThat(catchThrowableOfType(IotdaException.class, () -> this.registry.freeze(SCOPE, "child")).error())
			.isEqualTo(IotdaError.SUB_DEVICE_NOT_FREEZABLE);
		assertThat(this.registry.unfreeze(SCOPE, "meter_gw")).isTrue();
		assertThat(this.registry.find(SCOPE, "meter_gw").orElseThrow().status()).isEqualTo(Device.INACTIVE);
		assertThat(catchThrowableOfType(IotdaException.class, () -> this.registry.unfreeze(SCOPE, "meter_gw")).error())
			.isEqualTo(IotdaError.DEVICE_NOT_FROZEN);
		assertThat(this.registry.freeze(SCOPE, "unknown")).isFalse();
		assertThat(this.registry.unfreeze(SCOPE, "unknown")).isFalse();
	}

	private int count(TenantScope scope) {
		return this.jdbc.queryForObject("SELECT count(*) FROM device WHERE project_id = ? AND instance_id = ?",
				Integer.class, scope.projectId(), scope.instanceId());
	}

	private static List<String> ids(String prefix, int count) {
		return IntStream.range(0, count).mapToObj((i) -> prefix + "-" + i).toList();
	}

	private static NewProduct product(String productId) {
		return new NewProduct(productId, "Meter", "Meter", "MQTT", null, null, null, null, null, "[]");
	}

	private static NewDevice device(String productId, String nodeId) {
		return new NewDevice(null, nodeId, null, productId, null, null, null, null, null);
	}

	private static NewDevice subDevice(String deviceId, String gatewayId) {
		return new NewDevice(deviceId, deviceId, null, "meter", null, null, gatewayId, null, null);
	}

	private static DeviceFilter filterByGateway(String gatewayId, boolean cascade) {
		return new DeviceFilter(null, gatewayId, cascade, null, null, null, null, null);
	}

}
