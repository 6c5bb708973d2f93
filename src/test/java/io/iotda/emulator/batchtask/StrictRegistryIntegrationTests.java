package io.iotda.emulator.batchtask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.iotda.v5.IoTDAClient;
import com.huaweicloud.sdk.iotda.v5.model.AddDevice;
import com.huaweicloud.sdk.iotda.v5.model.AddDeviceRequest;
import com.huaweicloud.sdk.iotda.v5.model.AddProduct;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTask;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTaskResponse;
import com.huaweicloud.sdk.iotda.v5.model.CreateOtaPackage;
import com.huaweicloud.sdk.iotda.v5.model.CreateOtaPackageRequest;
import com.huaweicloud.sdk.iotda.v5.model.CreateProductRequest;
import com.huaweicloud.sdk.iotda.v5.model.DeleteDeviceRequest;
import com.huaweicloud.sdk.iotda.v5.model.FileLocation;
import com.huaweicloud.sdk.iotda.v5.model.ObsLocation;
import com.huaweicloud.sdk.iotda.v5.model.ShowBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.ShowBatchTaskResponse;
import com.huaweicloud.sdk.iotda.v5.model.ServiceCapability;
import com.huaweicloud.sdk.iotda.v5.model.ShowDeviceRequest;
import com.huaweicloud.sdk.iotda.v5.model.TaskDetail;
import io.iotda.emulator.support.AbstractApiIntegrationTests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code iotda.registry.mode=strict}: tasks name only registered devices and packages, as
 * on IoTDA. A target that is not a registered device fails at once with IoTDA's error in
 * the task's details; an unknown package fails the create.
 */
@TestPropertySource(properties = "iotda.registry.mode=strict")
class StrictRegistryIntegrationTests extends AbstractApiIntegrationTests {

	private static final String PROJECT = "strictproject";

	private static final String PRODUCT = "strict-product";

	private IoTDAClient client;

	@BeforeEach
	void registerAProductADeviceAndAPackage() {
		api().post("/_emulator/projects/{project_id}/reset", PROJECT).then().statusCode(200);
		this.client = IoTDAClient.newBuilder()
			.withCredential(new BasicCredentials().withAk("STRICTTESTAK00000001")
				.withSk("strict-test-secret-key-00000000000000001")
				.withProjectId(PROJECT))
			.withHttpConfig(HttpConfig.getDefaultHttpConfig().withTimeout(10))
			.withEndpoint("http://127.0.0.1:" + this.port)
			.build();
		this.client.createProduct(new CreateProductRequest().withBody(new AddProduct().withProductId(PRODUCT)
			.withName("strict_product")
			.withDeviceType("meter")
			.withProtocolType("MQTT")
			.withServiceCapabilities(List.of(new ServiceCapability().withServiceId("meter").withServiceType("meter")))
			.withDataFormat("json")));
		this.client.addDevice(new AddDeviceRequest()
			.withBody(new AddDevice().withDeviceId("registered-1").withNodeId("registered-1").withProductId(PRODUCT)));
	}

	@Test
	void aTargetThatIsNotARegisteredDeviceFailsAtOnceWithIotdasError() {
		String packageId = createPackage("firmwarePackage", "3.0.0");
		CreateBatchTaskResponse created = this.client
			.createBatchTask(new CreateBatchTaskRequest().withBody(new CreateBatchTask().withTaskName("strict_upgrade")
				.withTaskType("firmwareUpgrade")
				.withTargets(List.of("registered-1", "unknown-1"))
				.withDocument(Map.of("package_ids", List.of(packageId)))));

		assertThat(created.getHttpStatusCode()).isEqualTo(201);
		assertThat(created.getTaskProgress().getTotal()).isEqualTo(2);
		assertThat(created.getTaskProgress().getFail()).isEqualTo(1);
		ShowBatchTaskResponse shown = this.client
			.showBatchTask(new ShowBatchTaskRequest().withTaskId(created.getTaskId()).withTarget("unknown-1"));
		assertThat(shown.getTaskDetails()).extracting(TaskDetail::getTarget, TaskDetail::getStatus)
			.containsExactly(tuple("unknown-1", "Fail"));
		assertThat(shown.getTaskDetails().get(0).getError().getErrorCode()).isEqualTo("IOTDA.014000");
		assertThat(shown.getTaskDetails().get(0).getError().getErrorMsg()).isEqualTo("The device does not exist.");
		ShowBatchTaskResponse registered = this.client
			.showBatchTask(new ShowBatchTaskRequest().withTaskId(created.getTaskId()).withTarget("registered-1"));
		assertThat(registered.getTaskDetails()).extracting(TaskDetail::getStatus).singleElement().isNotEqualTo("Fail");
		// strict mode registers nothing on first use
		ServiceResponseException unknown = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.showDevice(new ShowDeviceRequest().withDeviceId("unknown-1")));
		assertThat(unknown.getHttpStatusCode()).isEqualTo(404);
		assertThat(unknown.getErrorCode()).isEqualTo("IOTDA.014000");
	}

	@Test
	void anUnknownPackageFailsTheCreate() {
		ServiceResponseException refused = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.createBatchTask(new CreateBatchTaskRequest()
					.withBody(new CreateBatchTask().withTaskName("strict_unknown_package")
						.withTaskType("firmwareUpgrade")
						.withTargets(List.of("registered-1"))
						.withDocument(Map.of("package_ids", List.of("64a1f0c2d3e4f5a6b7c8d9aa"))))));

		assertThat(refused.getHttpStatusCode()).isEqualTo(404);
		assertThat(refused.getErrorCode()).isEqualTo("IOTDA.014800");
		assertThat(refused.getErrorMsg()).contains("64a1f0c2d3e4f5a6b7c8d9aa");
		assertThat(api().get("/v5/iot/{project_id}/batchtasks?task_type=firmwareUpgrade", PROJECT)
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getInt("page.count")).isZero();
	}

	@Test
	void aSoftwarePackageIsRefusedByAFirmwareUpgrade() {
		String packageId = createPackage("softwarePackage", "3.1.0");
		ServiceResponseException refused = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.createBatchTask(
						new CreateBatchTaskRequest().withBody(new CreateBatchTask().withTaskName("strict_wrong_kind")
							.withTaskType("firmwareUpgrade")
							.withTargets(List.of("registered-1"))
							.withDocument(Map.of("package_ids", List.of(packageId))))));
		assertThat(refused.getHttpStatusCode()).isEqualTo(400);
		assertThat(refused.getErrorCode()).isEqualTo("IOTDA.000006");
	}

	@Test
	void aGroupTakesOnlyRegisteredDevicesAndADeletedDeviceLeavesItsGroups() {
		api().body("{\"devices\":[\"registered-1\",\"unregistered-2\"]}")
			.put("/_emulator/projects/{project_id}/groups/{group_id}", PROJECT, "strict-group")
			.then()
			.statusCode(404)
			.body("error_code", org.hamcrest.Matchers.equalTo("IOTDA.014000"))
			.body("error_msg", org.hamcrest.Matchers.containsString("unregistered-2"));
		this.client.addDevice(new AddDeviceRequest()
			.withBody(new AddDevice().withDeviceId("registered-2").withNodeId("registered-2").withProductId(PRODUCT)));
		api().body("{\"devices\":[\"registered-1\",\"registered-2\"]}")
			.put("/_emulator/projects/{project_id}/groups/{group_id}", PROJECT, "strict-group")
			.then()
			.statusCode(200);
		this.client.deleteDevice(new DeleteDeviceRequest().withDeviceId("registered-2"));

		CreateBatchTaskResponse created = this.client
			.createBatchTask(new CreateBatchTaskRequest().withBody(new CreateBatchTask().withTaskName("strict_group")
				.withTaskType("freezeDevices")
				.withTargetsFilter(Map.of("group_ids", List.of("strict-group")))));
		assertThat(created.getTaskProgress().getTotal()).isEqualTo(1);
		assertThat(created.getTaskProgress().getFail()).isZero();
	}

	private String createPackage(String type, String version) {
		return this.client
			.createOtaPackage(new CreateOtaPackageRequest().withBody(new CreateOtaPackage().withAppId("campaign_app")
				.withPackageType(type)
				.withProductId(PRODUCT)
				.withVersion(version)
				.withFileLocation(new FileLocation().withObsLocation(new ObsLocation().withRegionName("cn-north-4")
					.withBucketName("firmware")
					.withObjectKey("strict-" + version + ".bin")))))
			.getPackageId();
	}

}
