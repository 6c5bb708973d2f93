package io.iotda.emulator.otapackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.iotda.v5.IoTDAClient;
import com.huaweicloud.sdk.iotda.v5.model.CreateOtaPackage;
import com.huaweicloud.sdk.iotda.v5.model.CreateOtaPackageRequest;
import com.huaweicloud.sdk.iotda.v5.model.CreateOtaPackageResponse;
import com.huaweicloud.sdk.iotda.v5.model.DeleteOtaPackageRequest;
import com.huaweicloud.sdk.iotda.v5.model.DeleteOtaPackageResponse;
import com.huaweicloud.sdk.iotda.v5.model.FileLocation;
import com.huaweicloud.sdk.iotda.v5.model.ListOtaPackageInfoRequest;
import com.huaweicloud.sdk.iotda.v5.model.ListOtaPackageInfoResponse;
import com.huaweicloud.sdk.iotda.v5.model.ObsLocation;
import com.huaweicloud.sdk.iotda.v5.model.OtaPackageInfo;
import com.huaweicloud.sdk.iotda.v5.model.ShowOtaPackageRequest;
import com.huaweicloud.sdk.iotda.v5.model.ShowOtaPackageResponse;
import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.web.TenantScope;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The OTA package API driven by Huawei Cloud's own Java SDK (create, show, list with its
 * filters and paging, delete, and the errors the SDK can provoke), and by REST Assured
 * for what the SDK will not send (fields breaking their rules), on PostgreSQL. The public
 * API the batch-task create will call ({@link OtaPackages#findAll}) is checked too.
 */
class OtaPackageIntegrationTests extends AbstractApiIntegrationTests {

	private static final String PROJECT = "otaproject";

	private static final String PACKAGES = "/v5/iot/{project_id}/ota-upgrades/packages";

	private static final String SIGN = "a".repeat(64);

	@Autowired
	private OtaPackages packages;

	private IoTDAClient client;

	@BeforeEach
	void cleanAndBuildClient() {
		this.packages.deleteAll();
		this.client = IoTDAClient.newBuilder()
			.withCredential(new BasicCredentials().withAk("OTATESTAK").withSk("ota-test-sk").withProjectId(PROJECT))
			.withHttpConfig(HttpConfig.getDefaultHttpConfig().withTimeout(10))
			.withEndpoint("http://127.0.0.1:" + this.port)
			.build();
	}

	@Test
	void createsAPackageAndShowsItWithItsObsLocation() {
		CreateOtaPackageResponse created = this.client.createOtaPackage(new CreateOtaPackageRequest()
			.withBody(firmware("product-1", "V2.0.1").withSupportSourceVersions(List.of("V1.0.0", "V1.1.0"))
				.withDescription("Fixes the sensor drift")
				.withCustomInfo("{\"reboot\":true}")));

		assertThat(created.getHttpStatusCode()).isEqualTo(201);
		assertThat(created.getPackageId()).matches("[0-9a-f]{24}");
		assertThat(created.getAppId()).isEqualTo("app_1");
		assertThat(created.getPackageType()).isEqualTo("firmwarePackage");
		assertThat(created.getProductId()).isEqualTo("product-1");
		assertThat(created.getVersion()).isEqualTo("V2.0.1");
		assertThat(created.getSupportSourceVersions()).containsExactly("V1.0.0", "V1.1.0");
		assertThat(created.getDescription()).isEqualTo("Fixes the sensor drift");
		assertThat(created.getCustomInfo()).isEqualTo("{\"reboot\":true}");
		assertThat(created.getCreateTime()).matches("\\d{8}T\\d{6}Z");
		assertThat(created.getFileLocation().getObsLocation()).isEqualTo(obs());

		ShowOtaPackageResponse shown = this.client
			.showOtaPackage(new ShowOtaPackageRequest().withPackageId(created.getPackageId()));

		assertThat(shown.getHttpStatusCode()).isEqualTo(200);
		assertThat(shown.getPackageId()).isEqualTo(created.getPackageId());
		assertThat(shown.getVersion()).isEqualTo("V2.0.1");
		assertThat(shown.getCreateTime()).isEqualTo(created.getCreateTime());
		assertThat(shown.getSupportSourceVersions()).containsExactly("V1.0.0", "V1.1.0");
		assertThat(shown.getFileLocation().getObsLocation()).isEqualTo(obs());
	}

	@Test
	void listsPackagesOfATypeNewestFirstWithFiltersAndPaging() {
		List<String> firmware = IntStream.rangeClosed(1, 3)
			.mapToObj((i) -> create(firmware("product-1", "V" + i)))
			.toList();
		String otherProduct = create(firmware("product-2", "V1"));
		String software = create(firmware("product-1", "V1").withPackageType("softwarePackage"));

		ListOtaPackageInfoResponse first = this.client
			.listOtaPackageInfo(new ListOtaPackageInfoRequest().withPackageType("firmwarePackage").withLimit(2));
		ListOtaPackageInfoResponse second = this.client
			.listOtaPackageInfo(new ListOtaPackageInfoRequest().withPackageType("firmwarePackage")
				.withLimit(2)
				.withMarker(first.getPage().getMarker()));

		assertThat(first.getPackages()).extracting(OtaPackageInfo::getPackageId)
			.containsExactly(otherProduct, firmware.get(2));
		assertThat(first.getPage().getCount()).isEqualTo(4L);
		assertThat(first.getPage().getMarker()).isEqualTo(firmware.get(2));
		assertThat(second.getPackages()).extracting(OtaPackageInfo::getPackageId)
			.containsExactly(firmware.get(1), firmware.get(0));
		assertThat(this.client
			.listOtaPackageInfo(new ListOtaPackageInfoRequest().withPackageType("firmwarePackage").withOffset(3))
			.getPackages()).extracting(OtaPackageInfo::getPackageId).containsExactly(firmware.get(0));
		assertThat(this.client
			.listOtaPackageInfo(new ListOtaPackageInfoRequest().withPackageType("firmwarePackage")
				.withProductId("product-1")
				.withVersion("V2")
				.withAppId("app_1"))
			.getPackages()).extracting(OtaPackageInfo::getPackageId).containsExactly(firmware.get(1));
		ListOtaPackageInfoResponse softwareList = this.client
			.listOtaPackageInfo(new ListOtaPackageInfoRequest().withPackageType("softwarePackage"));
		assertThat(softwareList.getPackages()).extracting(OtaPackageInfo::getPackageId).containsExactly(software);
		assertThat(softwareList.getPackages().get(0).getPackageType()).isEqualTo("softwarePackage");
		assertThat(this.client
			.listOtaPackageInfo(new ListOtaPackageInfoRequest().withPackageType("firmwarePackage").withAppId("app_2"))
			.getPage()
			.getCount()).isZero();
	}

	@Test
	void deletesAPackageOnceThenAnswers404() {
		String packageId = create(firmware("product-1", "V2.0.1"));

		DeleteOtaPackageResponse deleted = this.client
			.deleteOtaPackage(new DeleteOtaPackageRequest().withPackageId(packageId));

		assertThat(deleted.getHttpStatusCode()).isEqualTo(204);
		ServiceResponseException again = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.deleteOtaPackage(new DeleteOtaPackageRequest().withPackageId(packageId)));
		assertError(again, 404, "IOTDA.014800", "The OTA package does not exist.");
		ServiceResponseException show = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.showOtaPackage(new ShowOtaPackageRequest().withPackageId(packageId)));
		assertError(show, 404, "IOTDA.014800", "The OTA package does not exist.");
	}

	@Test
	void aPackageOfOneInstanceDoesNotExistInAnother() {
		String packageId = create(firmware("product-1", "V2.0.1"));

		ServiceResponseException otherInstance = catchThrowableOfType(ServiceResponseException.class, () -> this.client
			.showOtaPackage(new ShowOtaPackageRequest().withInstanceId("instance-1").withPackageId(packageId)));

		assertError(otherInstance, 404, "IOTDA.014800", "The OTA package does not exist.");
		assertThat(this.packages.find(TenantScope.of(PROJECT, null), packageId)).isPresent();
		assertThat(this.packages.find(TenantScope.of(PROJECT, "instance-1"), packageId)).isEmpty();
		assertThat(this.packages.find(TenantScope.of("another-project", null), packageId)).isEmpty();
	}

	@Test
	void refusesASecondPackageOfTheSameProductTypeAndVersion() {
		create(firmware("product-1", "V2.0.1"));

		ServiceResponseException ex = catchThrowableOfType(ServiceResponseException.class, () -> this.client
			.createOtaPackage(new CreateOtaPackageRequest().withBody(firmware("product-1", "V2.0.1"))));

		assertThat(ex.getHttpStatusCode()).isEqualTo(400);
		assertThat(ex.getErrorCode()).isEqualTo("IOTDA.014801");
		assertThat(create(firmware("product-1", "V2.0.1").withPackageType("softwarePackage"))).isNotBlank();
		assertThat(create(firmware("product-2", "V2.0.1"))).isNotBlank();
	}

	@Test
	void findsThePackagesThatExistAmongTheIdsNamedInTheirOrder() {
		String first = create(firmware("product-1", "V1"));
		String second = create(firmware("product-1", "V2").withPackageType("softwarePackage"));

		Map<String, OtaPackage> found = this.packages.findAll(TenantScope.of(PROJECT, null),
				List.of(second, "ffffffffffffffffffffffff", first, second));

		assertThat(found.keySet()).containsExactly(second, first);
		assertThat(found.get(first).isFirmware()).isTrue();
		assertThat(found.get(second).isSoftware()).isTrue();
		assertThat(found.get(second).version()).isEqualTo("V2");
		assertThat(this.packages.findAll(TenantScope.of(PROJECT, "instance-1"), List.of(first))).isEmpty();
	}

	@Test
	void theListNeedsAPackageTypeAndTheSdkSaysSo() {
		api().get(PACKAGES, PROJECT)
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000006"))
			.body("error_msg", equalTo("Invalid input data. package_type is required"));
		api().get(PACKAGES + "?package_type=modulePackage", PROJECT)
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000006"));
		api().get(PACKAGES + "?package_type=firmwarePackage&limit=51", PROJECT)
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000017"));
		api().get(PACKAGES + "?package_type=firmwarePackage&offset=501", PROJECT)
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000018"));
		api().get(PACKAGES + "?package_type=firmwarePackage&marker=xyz", PROJECT)
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000006"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"app_id missing|{\"package_type\":\"firmwarePackage\",\"product_id\":\"p1\",\"version\":\"V1\",\"file_location\":{\"obs_location\":{\"region_name\":\"cn-north-4\",\"bucket_name\":\"bucket\",\"object_key\":\"k.bin\"}}}|app_id is required",
			"package_type unknown|{\"app_id\":\"a\",\"package_type\":\"modulePackage\",\"product_id\":\"p1\",\"version\":\"V1\",\"file_location\":{\"obs_location\":{\"region_name\":\"cn-north-4\",\"bucket_name\":\"bucket\",\"object_key\":\"k.bin\"}}}|package_type must be firmwarePackage or softwarePackage",
			"product_id too long|{\"app_id\":\"a\",\"package_type\":\"firmwarePackage\",\"product_id\":\"0123456789012345678901234567890123456\",\"version\":\"V1\",\"file_location\":{\"obs_location\":{\"region_name\":\"cn-north-4\",\"bucket_name\":\"bucket\",\"object_key\":\"k.bin\"}}}|product_id must be 1 to 36 of A-Za-z0-9_-",
			"version with a space|{\"app_id\":\"a\",\"package_type\":\"firmwarePackage\",\"product_id\":\"p1\",\"version\":\"V 1\",\"file_location\":{\"obs_location\":{\"region_name\":\"cn-north-4\",\"bucket_name\":\"bucket\",\"object_key\":\"k.bin\"}}}|version must be 1 to 256 of A-Za-z0-9_.-",
			"file_location missing|{\"app_id\":\"a\",\"package_type\":\"firmwarePackage\",\"product_id\":\"p1\",\"version\":\"V1\"}|file_location is required",
			"bucket upper case|{\"app_id\":\"a\",\"package_type\":\"firmwarePackage\",\"product_id\":\"p1\",\"version\":\"V1\",\"file_location\":{\"obs_location\":{\"region_name\":\"cn-north-4\",\"bucket_name\":\"Bucket\",\"object_key\":\"k.bin\"}}}|obs_location.bucket_name must be 3 to 63 of a-z0-9.-",
			"sign not sha-256|{\"app_id\":\"a\",\"package_type\":\"firmwarePackage\",\"product_id\":\"p1\",\"version\":\"V1\",\"file_location\":{\"obs_location\":{\"region_name\":\"cn-north-4\",\"bucket_name\":\"bucket\",\"object_key\":\"k.bin\",\"sign\":\"abc\"}}}|obs_location.sign must be 64 of a-fA-F0-9",
			"object_key missing|{\"app_id\":\"a\",\"package_type\":\"firmwarePackage\",\"product_id\":\"p1\",\"version\":\"V1\",\"file_location\":{\"obs_location\":{\"region_name\":\"cn-north-4\",\"bucket_name\":\"bucket\"}}}|obs_location.object_key is required" })
	void refusesAFieldThatBreaksItsRule(String name, String body, String message) {
		api().body(body)
			.post(PACKAGES, PROJECT)
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000006"))
			.body("error_msg", equalTo("Invalid input data. " + message));
	}

	@Test
	void refusesMoreThanTwentySourceVersionsAndTooLongTexts() {
		String sources = IntStream.rangeClosed(1, 21).mapToObj((i) -> "\"V" + i + "\"").toList().toString();
		api().body(body("\"support_source_versions\":" + sources))
			.post(PACKAGES, PROJECT)
			.then()
			.statusCode(400)
			.body("error_msg", equalTo("Invalid input data. support_source_versions must hold at most 20 versions"));
		api().body(body("\"description\":\"" + "d".repeat(1025) + "\""))
			.post(PACKAGES, PROJECT)
			.then()
			.statusCode(400)
			.body("error_msg", equalTo("Invalid input data. description must be at most 1024 characters"));
		api().body(body("\"custom_info\":\"" + "c".repeat(4097) + "\""))
			.post(PACKAGES, PROJECT)
			.then()
			.statusCode(400)
			.body("error_msg", equalTo("Invalid input data. custom_info must be at most 4096 characters"));
		api().body(body("\"description\":\"" + "d".repeat(1024) + "\",\"custom_info\":\"" + "c".repeat(4096) + "\""))
			.post(PACKAGES, PROJECT)
			.then()
			.statusCode(201)
			.body("description.length()", equalTo(1024));
	}

	@Test
	void refusesAPackageIdThatBreaksItsRule() {
		api().get(PACKAGES + "/{package_id}", PROJECT, "not_an_id")
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000006"));
		api().delete(PACKAGES + "/{package_id}", PROJECT, "x".repeat(37))
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000006"));
	}

	private static String body(String extra) {
		return "{\"app_id\":\"a\",\"package_type\":\"firmwarePackage\",\"product_id\":\"p1\",\"version\":\"V1\","
				+ "\"file_location\":{\"obs_location\":{\"region_name\":\"cn-north-4\",\"bucket_name\":\"bucket\","
				+ "\"object_key\":\"k.bin\"}}," + extra + "}";
	}

	private String create(CreateOtaPackage body) {
		return this.client.createOtaPackage(new CreateOtaPackageRequest().withBody(body)).getPackageId();
	}

	private static CreateOtaPackage firmware(String productId, String version) {
		return new CreateOtaPackage().withAppId("app_1")
			.withPackageType("firmwarePackage")
			.withProductId(productId)
			.withVersion(version)
			.withFileLocation(new FileLocation().withObsLocation(obs()));
	}

	private static ObsLocation obs() {
		return new ObsLocation().withRegionName("cn-north-4")
			.withBucketName("firmware-bucket")
			.withObjectKey("sensor/V2.0.1.bin")
			.withSign(SIGN);
	}

	private static void assertError(ServiceResponseException ex, int status, String code, String message) {
		assertThat(ex).isNotNull();
		assertThat(ex.getHttpStatusCode()).isEqualTo(status);
		assertThat(ex.getErrorCode()).isEqualTo(code);
		assertThat(ex.getErrorMsg()).isEqualTo(message);
		assertThat(ex.getRequestId()).isNotBlank();
	}

}
