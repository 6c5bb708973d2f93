package io.iotda.emulator.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.iotda.v5.IoTDAClient;
import com.huaweicloud.sdk.iotda.v5.model.AddDevice;
import com.huaweicloud.sdk.iotda.v5.model.AddDeviceRequest;
import com.huaweicloud.sdk.iotda.v5.model.AddDeviceResponse;
import com.huaweicloud.sdk.iotda.v5.model.AddProduct;
import com.huaweicloud.sdk.iotda.v5.model.AuthInfo;
import com.huaweicloud.sdk.iotda.v5.model.AuthInfoWithoutSecret;
import com.huaweicloud.sdk.iotda.v5.model.CreateProductRequest;
import com.huaweicloud.sdk.iotda.v5.model.CreateProductResponse;
import com.huaweicloud.sdk.iotda.v5.model.DeleteDeviceRequest;
import com.huaweicloud.sdk.iotda.v5.model.DeleteDeviceResponse;
import com.huaweicloud.sdk.iotda.v5.model.DeleteProductRequest;
import com.huaweicloud.sdk.iotda.v5.model.DeleteProductResponse;
import com.huaweicloud.sdk.iotda.v5.model.FreezeDeviceRequest;
import com.huaweicloud.sdk.iotda.v5.model.FreezeDeviceResponse;
import com.huaweicloud.sdk.iotda.v5.model.ListDevicesRequest;
import com.huaweicloud.sdk.iotda.v5.model.ListDevicesResponse;
import com.huaweicloud.sdk.iotda.v5.model.ListProductsRequest;
import com.huaweicloud.sdk.iotda.v5.model.ListProductsResponse;
import com.huaweicloud.sdk.iotda.v5.model.ProductSummary;
import com.huaweicloud.sdk.iotda.v5.model.QueryDeviceSimplify;
import com.huaweicloud.sdk.iotda.v5.model.ServiceCapability;
import com.huaweicloud.sdk.iotda.v5.model.ServiceProperty;
import com.huaweicloud.sdk.iotda.v5.model.ShowDeviceRequest;
import com.huaweicloud.sdk.iotda.v5.model.ShowDeviceResponse;
import com.huaweicloud.sdk.iotda.v5.model.ShowProductRequest;
import com.huaweicloud.sdk.iotda.v5.model.ShowProductResponse;
import com.huaweicloud.sdk.iotda.v5.model.UnfreezeDeviceRequest;
import com.huaweicloud.sdk.iotda.v5.model.UpdateDevice;
import com.huaweicloud.sdk.iotda.v5.model.UpdateDeviceRequest;
import com.huaweicloud.sdk.iotda.v5.model.UpdateDeviceResponse;
import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.web.TenantScope;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives the product and device operations through Huawei Cloud's own Java SDK
 * ({@code huaweicloud-sdk-iotda}), as an application server would: every operation, every
 * ListDevices filter and its paging, and IoTDA's errors, on PostgreSQL.
 */
class DeviceSdkIntegrationTests extends AbstractApiIntegrationTests {

	private static final String PROJECT = "sdkdevices";

	private static final String PRODUCT = "meter";

	private IoTDAClient client;

	@Autowired
	private DeviceRegistry registry;

	@BeforeEach
	void buildClient() {
		this.client = IoTDAClient.newBuilder()
			.withCredential(new BasicCredentials().withAk("EMULATORTESTAK0000001")
				.withSk("emulator-test-secret-key-0000000000000001")
				.withProjectId(PROJECT))
			.withHttpConfig(HttpConfig.getDefaultHttpConfig().withTimeout(10))
			.withEndpoint("http://127.0.0.1:" + this.port)
			.build();
	}

	@Test
	void createsAProductAndReadsItBackWithShowAndList() {
		CreateProductResponse created = this.client
			.createProduct(new CreateProductRequest().withBody(meter().withManufacturerName("Acme")
				.withIndustry("Utilities")
				.withDescription("Smart meter, hall A")
				.withAppId("app_1")));

		assertThat(created.getHttpStatusCode()).isEqualTo(201);
		assertThat(created.getProductId()).isEqualTo(PRODUCT);
		assertThat(created.getName()).isEqualTo("SmartMeter");
		assertThat(created.getDeviceType()).isEqualTo("Meter");
		assertThat(created.getProtocolType()).isEqualTo("MQTT");
		assertThat(created.getDataFormat()).isEqualTo("json");
		assertThat(created.getManufacturerName()).isEqualTo("Acme");
		assertThat(created.getIndustry()).isEqualTo("Utilities");
		assertThat(created.getDescription()).isEqualTo("Smart meter, hall A");
		assertThat(created.getAppId()).isEqualTo("app_1");
		assertThat(created.getCreateTime()).matches("\\d{8}T\\d{6}Z");
		assertThat(created.getServiceCapabilities()).singleElement().satisfies((capability) -> {
			assertThat(capability.getServiceId()).isEqualTo("Power");
			assertThat(capability.getOption()).isEqualTo("Mandatory");
			assertThat(capability.getProperties()).singleElement().satisfies((property) -> {
				assertThat(property.getPropertyName()).isEqualTo("voltage");
				assertThat(property.getDataType()).isEqualTo("decimal");
				assertThat(property.getMax()).isEqualTo("250");
			});
		});

		ShowProductResponse shown = this.client.showProduct(new ShowProductRequest().withProductId(PRODUCT));
		assertThat(shown.getName()).isEqualTo("SmartMeter");
		assertThat(shown.getServiceCapabilities()).isEqualTo(created.getServiceCapabilities());
		assertThat(shown.getCreateTime()).isEqualTo(created.getCreateTime());
		assertThat(this.client.showProduct(new ShowProductRequest().withProductId(PRODUCT).withAppId("app_1"))
			.getProductId()).isEqualTo(PRODUCT);
		assertError(() -> this.client.showProduct(new ShowProductRequest().withProductId(PRODUCT).withAppId("app_2")),
				404, "IOTDA.013000");

		ListProductsResponse listed = this.client.listProducts(new ListProductsRequest().withAppId("app_1"));
		assertThat(listed.getProducts()).extracting(ProductSummary::getProductId).containsExactly(PRODUCT);
		assertThat(listed.getPage().getCount()).isEqualTo(1L);
		assertThat(listed.getPage().getMarker()).matches("[0-9a-f]{24}");
	}

	@Test
	void generatesAProductIdWhenNoneIsGiven() {
		CreateProductResponse created = this.client
			.createProduct(new CreateProductRequest().withBody(meter().withProductId(null).withDataFormat("binary")));

		assertThat(created.getProductId()).matches("[0-9a-f]{24}");
		assertThat(created.getDataFormat()).isEqualTo("binary");
		assertThat(this.client.showProduct(new ShowProductRequest().withProductId(created.getProductId())).getName())
			.isEqualTo("SmartMeter");
	}

	@Test
	void pagesThroughProductsNewestFirstAndFiltersByName() {
		for (String id : List.of("p-1", "p-2", "p-3")) {
			this.client.createProduct(new CreateProductRequest().withBody(meter().withProductId(id).withName(id)));
		}

		ListProductsResponse first = this.client.listProducts(new ListProductsRequest().withLimit(2));
		ListProductsResponse second = this.client
			.listProducts(new ListProductsRequest().withLimit(2).withMarker(first.getPage().getMarker()));
		ListProductsResponse skipped = this.client.listProducts(new ListProductsRequest().withOffset(2));
		ListProductsResponse named = this.client.listProducts(new ListProductsRequest().withProductName("p-2"));

		assertThat(first.getProducts()).extracting(ProductSummary::getProductId).containsExactly("p-3", "p-2");
		assertThat(first.getPage().getCount()).isEqualTo(3L);
		assertThat(second.getProducts()).extracting(ProductSummary::getProductId).containsExactly("p-1");
		assertThat(second.getPage().getCount()).isEqualTo(3L);
		assertThat(skipped.getProducts()).extracting(ProductSummary::getProductId).containsExactly("p-1");
		assertThat(named.getProducts()).extracting(ProductSummary::getProductId).containsExactly("p-2");
		assertThat(named.getPage().getCount()).isEqualTo(1L);
	}

	@Test
	void deletesAProduct() {
		createProduct();

		DeleteProductResponse deleted = this.client.deleteProduct(new DeleteProductRequest().withProductId(PRODUCT));

		assertThat(deleted.getHttpStatusCode()).isEqualTo(204);
		assertError(() -> this.client.showProduct(new ShowProductRequest().withProductId(PRODUCT)), 404,
				"IOTDA.013000");
		assertError(() -> this.client.deleteProduct(new DeleteProductRequest().withProductId(PRODUCT)), 404,
				"IOTDA.013000");
	}

	@Test
	void refusesAProductIdTaken() {
		createProduct();

		assertError(() -> this.client.createProduct(new CreateProductRequest().withBody(meter())), 400, "IOTDA.000006");
	}

	@Test
	void addsADeviceNamedAfterItsProductAndNodeAndShowsItWithoutItsSecret() {
		createProduct();

		AddDeviceResponse added = this.client
			.addDevice(new AddDeviceRequest().withBody(new AddDevice().withNodeId("imei-0001")
				.withDeviceName("Meter_0001")
				.withProductId(PRODUCT)
				.withDescription("Hall_A")
				.withAuthInfo(new AuthInfo().withSecureAccess(true).withTimeout(300))
				.withExtensionInfo(Map.of("site", "hall A"))));

		assertThat(added.getHttpStatusCode()).isEqualTo(201);
		assertThat(added.getDeviceId()).isEqualTo("meter_imei-0001");
		assertThat(added.getNodeId()).isEqualTo("imei-0001");
		assertThat(added.getGatewayId()).isEqualTo("meter_imei-0001");
		assertThat(added.getNodeType()).isEqualTo("GATEWAY");
		assertThat(added.getDeviceName()).isEqualTo("Meter_0001");
		assertThat(added.getDescription()).isEqualTo("Hall_A");
		assertThat(added.getProductId()).isEqualTo(PRODUCT);
		assertThat(added.getProductName()).isEqualTo("SmartMeter");
		assertThat(added.getStatus()).isEqualTo("INACTIVE");
		assertThat(added.getCreateTime()).matches("\\d{8}T\\d{6}Z");
		assertThat(added.getFwVersion()).isNull();
		assertThat(added.getAuthInfo().getAuthType()).isEqualTo("SECRET");
		assertThat(added.getAuthInfo().getSecret()).matches("[0-9a-f]{32}");
		assertThat(added.getAuthInfo().getSecureAccess()).isTrue();
		assertThat(added.getAuthInfo().getTimeout()).isEqualTo(300);
		assertThat(added.getExtensionInfo()).isEqualTo(Map.of("site", "hall A"));

		ShowDeviceResponse shown = this.client.showDevice(new ShowDeviceRequest().withDeviceId(added.getDeviceId()));

		assertThat(shown.getDeviceName()).isEqualTo("Meter_0001");
		assertThat(shown.getStatus()).isEqualTo("INACTIVE");
		assertThat(shown.getCreateTime()).isEqualTo(added.getCreateTime());
		assertThat(shown.getProductName()).isEqualTo("SmartMeter");
		assertThat(shown.getAuthInfo().getAuthType()).isEqualTo("SECRET");
		assertThat(shown.getAuthInfo().getSecret()).isNull();
		assertThat(shown.getExtensionInfo()).isEqualTo(Map.of("site", "hall A"));
		assertThat(this.registry.find(TenantScope.of(PROJECT, null), "meter_imei-0001")).hasValueSatisfying(
				(device) -> assertThat(device.auth().secret()).isEqualTo(added.getAuthInfo().getSecret()));
	}

	@Test
	void addsADeviceWithTheGivenIdSecretAndResourceSpace() {
		createProduct();

		AddDeviceResponse added = this.client
			.addDevice(new AddDeviceRequest().withBody(new AddDevice().withDeviceId("dev-given")
				.withNodeId("node-given")
				.withProductId(PRODUCT)
				.withAppId("app_9")
				.withAuthInfo(new AuthInfo().withAuthType("SECRET").withSecret("my_secret-01"))));

		assertThat(added.getDeviceId()).isEqualTo("dev-given");
		assertThat(added.getAppId()).isEqualTo("app_9");
		assertThat(added.getAuthInfo().getSecret()).isEqualTo("my_secret-01");
	}

	@Test
	void listsDevicesWithEachFilter() {
		createProduct();
		this.client.createProduct(new CreateProductRequest().withBody(meter().withProductId("sensor")));
		add(PRODUCT, "gw", (device) -> device.withDeviceName("Gateway_1").withAppId("app_1"));
		advanceTheClock(60);
		add(PRODUCT, "child", (device) -> device.withDeviceId("child").withGatewayId("meter_gw"));
		add("sensor", "grandchild", (device) -> device.withDeviceId("grandchild").withGatewayId("child"));
		advanceTheClock(60);
		add("sensor", "lonely", (device) -> device.withDeviceName("Lonely"));

		assertThat(listed(new ListDevicesRequest())).containsExactly("sensor_lonely", "grandchild", "child",
				"meter_gw");
		assertThat(listed(new ListDevicesRequest().withProductId("sensor"))).containsExactly("sensor_lonely",
				"grandchild");
		assertThat(listed(new ListDevicesRequest().withGatewayId("meter_gw"))).containsExactly("child");
		assertThat(listed(new ListDevicesRequest().withGatewayId("meter_gw").withIsCascadeQuery(true)))
			.containsExactly("grandchild", "child");
		assertThat(listed(new ListDevicesRequest().withIsCascadeQuery(true))).hasSize(4);
		assertThat(listed(new ListDevicesRequest().withNodeId("child"))).containsExactly("child");
		assertThat(listed(new ListDevicesRequest().withDeviceName("Gateway_1"))).containsExactly("meter_gw");
		assertThat(listed(new ListDevicesRequest().withAppId("app_1"))).containsExactly("meter_gw");
		String created = this.client.showDevice(new ShowDeviceRequest().withDeviceId("child")).getCreateTime();
		assertThat(listed(new ListDevicesRequest().withStartTime(created))).containsExactly("sensor_lonely",
				"grandchild", "child");
		assertThat(listed(new ListDevicesRequest().withEndTime(created))).containsExactly("grandchild", "child",
				"meter_gw");
		assertThat(listed(new ListDevicesRequest().withStartTime(created).withEndTime(created)))
			.containsExactly("grandchild", "child");

		QueryDeviceSimplify child = this.client.listDevices(new ListDevicesRequest().withNodeId("child"))
			.getDevices()
			.get(0);
		assertThat(child.getGatewayId()).isEqualTo("meter_gw");
		assertThat(child.getNodeType()).isEqualTo("ENDPOINT");
		assertThat(child.getProductName()).isEqualTo("SmartMeter");
		assertThat(child.getStatus()).isEqualTo("INACTIVE");
	}

	@Test
	void pagesThroughDevicesNewestFirstWithMarkerOffsetAndLimit() {
		createProduct();
		for (int i = 1; i <= 5; i++) {
			add(PRODUCT, "n" + i, (device) -> device);
		}

		ListDevicesResponse first = this.client.listDevices(new ListDevicesRequest().withLimit(2));
		ListDevicesResponse second = this.client
			.listDevices(new ListDevicesRequest().withLimit(2).withMarker(first.getPage().getMarker()));
		ListDevicesResponse skipped = this.client
			.listDevices(new ListDevicesRequest().withLimit(2).withMarker(first.getPage().getMarker()).withOffset(2));

		assertThat(ids(first)).containsExactly("meter_n5", "meter_n4");
		assertThat(first.getPage().getCount()).isEqualTo(5L);
		assertThat(ids(second)).containsExactly("meter_n3", "meter_n2");
		assertThat(second.getPage().getCount()).isEqualTo(5L);
		assertThat(ids(skipped)).containsExactly("meter_n1");
		ListDevicesResponse empty = this.client
			.listDevices(new ListDevicesRequest().withMarker(skipped.getPage().getMarker()));
		assertThat(empty.getDevices()).isEmpty();
		assertThat(empty.getPage().getCount()).isEqualTo(5L);
		assertThat(empty.getPage().getMarker()).isNull();
	}

	@Test
	void updatesADevice() {
		createProduct();
		add(PRODUCT, "n1", (device) -> device.withDeviceName("Before").withDescription("Kept"));

		UpdateDeviceResponse updated = this.client.updateDevice(new UpdateDeviceRequest().withDeviceId("meter_n1")
			.withBody(new UpdateDevice().withDeviceName("After")
				.withExtensionInfo(Map.of("floor", 2))
				.withAuthInfo(new AuthInfoWithoutSecret().withSecureAccess(false).withTimeout(600))));

		assertThat(updated.getDeviceName()).isEqualTo("After");
		assertThat(updated.getDescription()).isEqualTo("Kept");
		assertThat(updated.getExtensionInfo()).isEqualTo(Map.of("floor", 2));
		assertThat(updated.getAuthInfo().getSecureAccess()).isFalse();
		assertThat(updated.getAuthInfo().getTimeout()).isEqualTo(600);
		assertThat(updated.getAuthInfo().getSecret()).isNull();
		ShowDeviceResponse shown = this.client.showDevice(new ShowDeviceRequest().withDeviceId("meter_n1"));
		assertThat(shown.getDeviceName()).isEqualTo("After");
		assertThat(shown.getExtensionInfo()).isEqualTo(Map.of("floor", 2));
	}

	@Test
	void freezesAndUnfreezesADevice() {
		createProduct();
		add(PRODUCT, "n1", (device) -> device);

		FreezeDeviceResponse frozen = this.client.freezeDevice(new FreezeDeviceRequest().withDeviceId("meter_n1"));

		assertThat(frozen.getHttpStatusCode()).isEqualTo(204);
		assertThat(status("meter_n1")).isEqualTo("FROZEN");
		this.client.freezeDevice(new FreezeDeviceRequest().withDeviceId("meter_n1"));
		assertThat(status("meter_n1")).isEqualTo("FROZEN");
		assertThat(this.client.unfreezeDevice(new UnfreezeDeviceRequest().withDeviceId("meter_n1")).getHttpStatusCode())
			.isEqualTo(204);
		assertThat(status("meter_n1")).isEqualTo("INACTIVE");
		assertError(() -> this.client.unfreezeDevice(new UnfreezeDeviceRequest().withDeviceId("meter_n1")), 403,
				"IOTDA.014040");
	}

	@Test
	void refusesToFreezeASubDevice() {
		createProduct();
		add(PRODUCT, "gw", (device) -> device);
		add(PRODUCT, "child", (device) -> device.withGatewayId("meter_gw"));

		assertError(() -> this.client.freezeDevice(new FreezeDeviceRequest().withDeviceId("meter_child")), 403,
				"IOTDA.014038");
		assertThat(status("meter_child")).isEqualTo("INACTIVE");
	}

	@Test
	void deletesADevice() {
		createProduct();
		add(PRODUCT, "n1", (device) -> device);

		DeleteDeviceResponse deleted = this.client.deleteDevice(new DeleteDeviceRequest().withDeviceId("meter_n1"));

		assertThat(deleted.getHttpStatusCode()).isEqualTo(204);
		assertError(() -> this.client.showDevice(new ShowDeviceRequest().withDeviceId("meter_n1")), 404,
				"IOTDA.014000");
		assertThat(this.client.listDevices(new ListDevicesRequest()).getDevices()).isEmpty();
	}

	@Test
	void refusesADeviceOfAnUnknownProduct() {
		assertError(() -> add("nope", "n1", (device) -> device), 404, "IOTDA.013000");
		assertThat(this.client.listDevices(new ListDevicesRequest()).getPage().getCount()).isZero();
	}

	@Test
	void refusesADeviceIdOrNodeIdAlreadyRegistered() {
		createProduct();
		add(PRODUCT, "n1", (device) -> device);

		ServiceResponseException sameId = assertError(
				() -> add(PRODUCT, "n2", (device) -> device.withDeviceId("meter_n1")), 400, "IOTDA.014031");
		ServiceResponseException sameNode = assertError(
				() -> add(PRODUCT, "n1", (device) -> device.withDeviceId("other")), 400, "IOTDA.014031");

		assertThat(sameId.getErrorMsg()).startsWith("Invalid input. The device already exists.");
		assertThat(sameNode.getErrorMsg()).contains("node_id n1");
		assertThat(this.client.listDevices(new ListDevicesRequest()).getPage().getCount()).isEqualTo(1L);
	}

	@Test
	void answersAnUnknownDeviceWithNotFoundOnEveryOperation() {
		assertError(() -> this.client.showDevice(new ShowDeviceRequest().withDeviceId("ghost")), 404, "IOTDA.014000");
		assertError(() -> this.client.updateDevice(
				new UpdateDeviceRequest().withDeviceId("ghost").withBody(new UpdateDevice().withDeviceName("x"))), 404,
				"IOTDA.014000");
		assertError(() -> this.client.deleteDevice(new DeleteDeviceRequest().withDeviceId("ghost")), 404,
				"IOTDA.014000");
		assertError(() -> this.client.freezeDevice(new FreezeDeviceRequest().withDeviceId("ghost")), 404,
				"IOTDA.014000");
		assertError(() -> this.client.unfreezeDevice(new UnfreezeDeviceRequest().withDeviceId("ghost")), 404,
				"IOTDA.014000");
	}

	@Test
	void keepsDevicesAndProductsOfOneInstanceFromAnother() {
		this.client.createProduct(new CreateProductRequest().withInstanceId("instance-1").withBody(meter()));
		this.client.addDevice(new AddDeviceRequest().withInstanceId("instance-1")
			.withBody(new AddDevice().withNodeId("n1").withProductId(PRODUCT)));

		assertThat(this.client.showDevice(new ShowDeviceRequest().withInstanceId("instance-1").withDeviceId("meter_n1"))
			.getDeviceId()).isEqualTo("meter_n1");
		assertError(() -> this.client.showDevice(new ShowDeviceRequest().withDeviceId("meter_n1")), 404,
				"IOTDA.014000");
		assertError(() -> this.client.freezeDevice(new FreezeDeviceRequest().withDeviceId("meter_n1")), 404,
				"IOTDA.014000");
		assertError(() -> this.client.showProduct(new ShowProductRequest().withProductId(PRODUCT)), 404,
				"IOTDA.013000");
		assertError(() -> add(PRODUCT, "n2", (device) -> device), 404, "IOTDA.013000");
		assertThat(this.client.listDevices(new ListDevicesRequest()).getDevices()).isEmpty();
		assertThat(this.client.listDevices(new ListDevicesRequest().withInstanceId("instance-1")).getDevices())
			.hasSize(1);
	}

	private static AddProduct meter() {
		return new AddProduct().withProductId(PRODUCT)
			.withName("SmartMeter")
			.withDeviceType("Meter")
			.withProtocolType("MQTT")
			.withServiceCapabilities(List.of(new ServiceCapability().withServiceId("Power")
				.withServiceType("Power")
				.withOption("Mandatory")
				.withProperties(List.of(new ServiceProperty().withPropertyName("voltage")
					.withDataType("decimal")
					.withRequired(true)
					.withMin("0")
					.withMax("250")
					.withMethod("R")))));
	}

	private void createProduct() {
		this.client.createProduct(new CreateProductRequest().withBody(meter()));
	}

	private AddDeviceResponse add(String productId, String nodeId, UnaryOperator<AddDevice> customizer) {
		return this.client.addDevice(new AddDeviceRequest()
			.withBody(customizer.apply(new AddDevice().withNodeId(nodeId).withProductId(productId))));
	}

	private List<String> listed(ListDevicesRequest request) {
		return ids(this.client.listDevices(request));
	}

	private static List<String> ids(ListDevicesResponse response) {
		return response.getDevices().stream().map(QueryDeviceSimplify::getDeviceId).toList();
	}

	private String status(String deviceId) {
		return this.client.showDevice(new ShowDeviceRequest().withDeviceId(deviceId)).getStatus();
	}

	private void advanceTheClock(int seconds) {
		api().body("{\"seconds\":" + seconds + "}").post("/_emulator/clock/advance").then().statusCode(200);
	}

	private static ServiceResponseException assertError(Runnable call, int status, String code) {
		ServiceResponseException ex = catchThrowableOfType(ServiceResponseException.class, call::run);
		assertThat(ex).as("a refusal %s %s", status, code).isNotNull();
		assertThat(ex.getHttpStatusCode()).isEqualTo(status);
		assertThat(ex.getErrorCode()).isEqualTo(code);
		assertThat(ex.getRequestId()).matches("[0-9a-f]{32}");
		return ex;
	}

}
