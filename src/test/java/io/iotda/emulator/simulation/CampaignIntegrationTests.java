package io.iotda.emulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.iotda.v5.IoTDAClient;
import com.huaweicloud.sdk.iotda.v5.model.AddDevice;
import com.huaweicloud.sdk.iotda.v5.model.AddDeviceRequest;
import com.huaweicloud.sdk.iotda.v5.model.AddProduct;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTask;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.CreateOtaPackage;
import com.huaweicloud.sdk.iotda.v5.model.CreateOtaPackageRequest;
import com.huaweicloud.sdk.iotda.v5.model.CreateProductRequest;
import com.huaweicloud.sdk.iotda.v5.model.FileLocation;
import com.huaweicloud.sdk.iotda.v5.model.ListDevicesRequest;
import com.huaweicloud.sdk.iotda.v5.model.ObsLocation;
import com.huaweicloud.sdk.iotda.v5.model.QueryDeviceSimplify;
import com.huaweicloud.sdk.iotda.v5.model.ServiceCapability;
import com.huaweicloud.sdk.iotda.v5.model.ShowDeviceRequest;
import com.huaweicloud.sdk.iotda.v5.model.ShowDeviceResponse;
import com.huaweicloud.sdk.iotda.v5.model.UploadBatchTaskFileRequest;
import com.huaweicloud.sdk.iotda.v5.model.UploadBatchTaskFileRequestBody;
import io.iotda.emulator.batchfile.Xlsx;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A campaign as an application runs it, through the official SDK: products, devices and
 * packages registered, batch-task files uploaded, and tasks whose subtasks, as the
 * simulator completes them, really change the device registry (lenient mode, the
 * default).
 */
class CampaignIntegrationTests extends AbstractManualClockIntegrationTests {

	private static final String PRODUCT = "campaign-product";

	private IoTDAClient client;

	@BeforeEach
	void buildClient() {
		this.client = IoTDAClient.newBuilder()
			.withCredential(new BasicCredentials().withAk("CAMPAIGNTESTAK000001")
				.withSk("campaign-test-secret-key-000000000000001")
				.withProjectId(PROJECT))
			.withHttpConfig(HttpConfig.getDefaultHttpConfig().withTimeout(10))
			.withEndpoint("http://127.0.0.1:" + this.port)
			.build();
		this.client.createProduct(new CreateProductRequest().withBody(new AddProduct().withProductId(PRODUCT)
			.withName("campaign_product")
			.withDeviceType("meter")
			.withProtocolType("MQTT")
			.withServiceCapabilities(List.of(new ServiceCapability().withServiceId("meter").withServiceType("meter")))
			.withDataFormat("json")
			.withManufacturerName("emulator")
			.withIndustry("energy")));
	}

	@Test
	void aCreateDevicesTaskFromAnUploadedFileCreatesItsDevices() {
		List<List<?>> rows = new ArrayList<>();
		rows.add(List.of("node_id", "product_id", "device_name", "secret"));
		for (int i = 1; i <= 3; i++) {
			rows.add(List.of("meter-" + i, PRODUCT, "meter_" + i, "secret-000" + i));
		}
		String fileId = upload("meters.xlsx", Xlsx.of(rows));
		String taskId = this.client
			.createBatchTask(new CreateBatchTaskRequest().withBody(new CreateBatchTask().withTaskName("create_meters")
				.withTaskType("createDevices")
				.withDocumentSource(fileId)))
			.getTaskId();
		assertThat(devices()).isEmpty();

		advance(5);
		advance(10);

		assertThat(taskStatus(taskId)).isEqualTo("Success");
		assertThat(devices()).extracting(QueryDeviceSimplify::getDeviceId, QueryDeviceSimplify::getNodeId,
				QueryDeviceSimplify::getDeviceName, QueryDeviceSimplify::getProductId, QueryDeviceSimplify::getStatus)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(PRODUCT + "_meter-1", "meter-1", "meter_1", PRODUCT,
							"INACTIVE"),
					org.assertj.core.groups.Tuple.tuple(PRODUCT + "_meter-2", "meter-2", "meter_2", PRODUCT,
							"INACTIVE"),
					org.assertj.core.groups.Tuple.tuple(PRODUCT + "_meter-3", "meter-3", "meter_3", PRODUCT,
							"INACTIVE"));
		assertThat(details(taskId)).containsOnlyKeys(PRODUCT + "_meter-1", PRODUCT + "_meter-2", PRODUCT + "_meter-3");
	}

	@Test
	void aCreateDevicesRowTheRegistryRefusesFailsItsSubtaskWithTheRegistrysError() {
		addDevice("taken");
		String fileId = upload("mixed.xlsx", Xlsx.of(List.of(List.of("node_id", "product_id"),
				List.of("taken", PRODUCT), List.of("orphan", "no-such-product"), List.of("fresh", PRODUCT))));
		String taskId = this.client
			.createBatchTask(new CreateBatchTaskRequest().withBody(new CreateBatchTask().withTaskName("create_mixed")
				.withTaskType("createDevices")
				.withDocumentSource(fileId)))
			.getTaskId();

		advance(5);
		advance(10);

		assertThat(taskStatus(taskId)).isEqualTo("PartialSuccess");
		assertThat(detail(taskId, PRODUCT + "_fresh")).containsEntry("status", "Success");
		assertThat(detail(taskId, PRODUCT + "_taken")).containsEntry("status", "Fail")
			.extracting("error")
			.isEqualTo(Map.of("error_code", "IOTDA.014031", "error_msg",
					"device_id " + PRODUCT + "_taken is registered."));
		assertThat(detail(taskId, "no-such-product_orphan")).containsEntry("status", "Fail")
			.extracting("error.error_code")
			.isEqualTo("IOTDA.013000");
	}

	@Test
	void freezeAndUnfreezeTasksFreezeAndUnfreezeTheirDevices() {
		String first = addDevice("frozen-1");
		String second = addDevice("frozen-2");
		String freeze = create("{\"task_name\":\"freeze\",\"task_type\":\"freezeDevices\",\"targets\":[\"" + first
				+ "\",\"" + second + "\"]}");
		advance(5);
		advance(10);
		assertThat(taskStatus(freeze)).isEqualTo("Success");
		assertThat(device(first).getStatus()).isEqualTo("FROZEN");
		assertThat(device(second).getStatus()).isEqualTo("FROZEN");

		String unfreeze = create(
				"{\"task_name\":\"unfreeze\",\"task_type\":\"unfreezeDevices\",\"targets\":[\"" + first + "\"]}");
		advance(5);
		advance(10);
		assertThat(taskStatus(unfreeze)).isEqualTo("Success");
		assertThat(device(first).getStatus()).isEqualTo("INACTIVE");
		assertThat(device(second).getStatus()).isEqualTo("FROZEN");
	}

	@Test
	void aDeleteDevicesTaskFromAFileDeletesItsDevices() {
		String gone = addDevice("gone");
		String kept = addDevice("kept");
		String fileId = upload("delete.xlsx", Xlsx.of(List.of(List.of("device_id"), List.of(gone))));
		String taskId = this.client.createBatchTask(new CreateBatchTaskRequest().withBody(
				new CreateBatchTask().withTaskName("delete").withTaskType("deleteDevices").withDocumentSource(fileId)))
			.getTaskId();
		advance(5);
		advance(10);
		assertThat(taskStatus(taskId)).isEqualTo("Success");
		assertThat(devices()).extracting(QueryDeviceSimplify::getDeviceId).containsExactly(kept);
	}

	@Test
	void anUpdateDevicesTaskFromAFileUpdatesItsDevices() {
		String meter = addDevice("renamed");
		String fileId = upload("update.xlsx", Xlsx.of(List.of(List.of("device_id", "device_name", "description"),
				List.of(meter, "new_name", "moved_to_the_roof"))));
		String taskId = this.client.createBatchTask(new CreateBatchTaskRequest().withBody(
				new CreateBatchTask().withTaskName("update").withTaskType("updateDevices").withDocumentSource(fileId)))
			.getTaskId();
		advance(5);
		advance(10);
		assertThat(taskStatus(taskId)).isEqualTo("Success");
		ShowDeviceResponse device = device(meter);
		assertThat(device.getDeviceName()).isEqualTo("new_name");
		assertThat(device.getDescription()).isEqualTo("moved_to_the_roof");
	}

	@Test
	void aSuccessfulFirmwareUpgradeSetsTheFirmwareVersionOfItsPackage() {
		String upgraded = addDevice("fw-1");
		String failing = addDevice("fw-2");
		rule("{\"match_type\":\"exact\",\"pattern\":\"" + failing + "\",\"outcome\":\"fail\"}");
		String packageId = createPackage("firmwarePackage", "2.1.0");
		String taskId = create("{\"task_name\":\"fw\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"" + upgraded
				+ "\",\"" + failing + "\"],\"document\":{\"package_ids\":[\"" + packageId + "\"]}}");

		advance(5);
		advance(30);

		assertThat(taskStatus(taskId)).isEqualTo("PartialSuccess");
		assertThat(device(upgraded).getFwVersion()).isEqualTo("2.1.0");
		assertThat(device(upgraded).getSwVersion()).isNull();
		assertThat(device(failing).getFwVersion()).isNull();
	}

	@Test
	void aSuccessfulSoftwareUpgradeSetsTheSoftwareVersion() {
		String upgraded = addDevice("sw-1");
		String packageId = createPackage("softwarePackage", "7.0.1");
		String taskId = create("{\"task_name\":\"sw\",\"task_type\":\"softwareUpgrade\",\"targets\":[\"" + upgraded
				+ "\"],\"document\":{\"package_id\":\"" + packageId + "\"}}");
		advance(5);
		advance(30);
		assertThat(taskStatus(taskId)).isEqualTo("Success");
		assertThat(device(upgraded).getSwVersion()).isEqualTo("7.0.1");
		assertThat(device(upgraded).getFwVersion()).isNull();
	}

	@Test
	void anUpgradeRefusesAPackageOfTheOtherKind() {
		String packageId = createPackage("softwarePackage", "1.0.0");
		ServiceResponseException refused = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.createBatchTask(
						new CreateBatchTaskRequest().withBody(new CreateBatchTask().withTaskName("wrong_kind")
							.withTaskType("firmwareUpgrade")
							.withTargets(List.of("any-device"))
							.withDocument(Map.of("package_ids", List.of(packageId))))));
		assertThat(refused.getHttpStatusCode()).isEqualTo(400);
		assertThat(refused.getErrorCode()).isEqualTo("IOTDA.000006");
		assertThat(refused.getErrorMsg()).contains(packageId).contains("not a firmware package");
	}

	@Test
	void inLenientModeADeviceATaskNamesIsRegisteredOnFirstUseAndAnUnknownPackageIsAccepted() {
		String taskId = create("{\"task_name\":\"lenient\",\"task_type\":\"firmwareUpgrade\","
				+ "\"targets\":[\"first-use-device\"],\"document\":{\"package_ids\":[\"no-such-package\"]}}");
		ShowDeviceResponse device = device("first-use-device");
		assertThat(device.getNodeId()).isEqualTo("first-use-device");
		assertThat(device.getStatus()).isEqualTo("INACTIVE");
		advance(5);
		advance(30);
		assertThat(taskStatus(taskId)).isEqualTo("Success");
		// no package to take a version from: the device's stays as it was
		assertThat(device("first-use-device").getFwVersion()).isNull();
	}

	@Test
	void aTaskKeepsItsFileRowsWhenTheFileIsDeletedAfterTheCreate() {
		String fileId = upload("kept.xlsx",
				Xlsx.of(List.of(List.of("node_id", "product_id"), List.of("after-delete", PRODUCT))));
		String taskId = this.client.createBatchTask(new CreateBatchTaskRequest().withBody(
				new CreateBatchTask().withTaskName("kept").withTaskType("createDevices").withDocumentSource(fileId)))
			.getTaskId();
		api().delete("/v5/iot/{project_id}/batchtask-files/{file_id}", PROJECT, fileId).then().statusCode(204);
		advance(5);
		advance(10);
		assertThat(taskStatus(taskId)).isEqualTo("Success");
		assertThat(device(PRODUCT + "_after-delete").getProductId()).isEqualTo(PRODUCT);
	}

	private String upload(String name, byte[] xlsx) {
		return this.client
			.uploadBatchTaskFile(new UploadBatchTaskFileRequest()
				.withBody(new UploadBatchTaskFileRequestBody().withFile(new ByteArrayInputStream(xlsx), name)))
			.getFileId();
	}

	private String addDevice(String nodeId) {
		return this.client
			.addDevice(new AddDeviceRequest().withBody(new AddDevice().withNodeId(nodeId).withProductId(PRODUCT)))
			.getDeviceId();
	}

	private String createPackage(String type, String version) {
		return this.client
			.createOtaPackage(new CreateOtaPackageRequest().withBody(new CreateOtaPackage().withAppId("campaign_app")
				.withPackageType(type)
				.withProductId(PRODUCT)
				.withVersion(version)
				.withFileLocation(new FileLocation().withObsLocation(new ObsLocation().withRegionName("cn-north-4")
					.withBucketName("firmware")
					.withObjectKey("meter-" + version + ".bin")))))
			.getPackageId();
	}

	private ShowDeviceResponse device(String deviceId) {
		return this.client.showDevice(new ShowDeviceRequest().withDeviceId(deviceId));
	}

	private List<QueryDeviceSimplify> devices() {
		return this.client.listDevices(new ListDevicesRequest().withLimit(50)).getDevices();
	}

}
