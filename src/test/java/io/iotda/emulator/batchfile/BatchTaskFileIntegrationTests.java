package io.iotda.emulator.batchfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.iotda.v5.IoTDAClient;
import com.huaweicloud.sdk.iotda.v5.model.BatchTaskFile;
import com.huaweicloud.sdk.iotda.v5.model.DeleteBatchTaskFileRequest;
import com.huaweicloud.sdk.iotda.v5.model.DeleteBatchTaskFileResponse;
import com.huaweicloud.sdk.iotda.v5.model.ListBatchTaskFilesRequest;
import com.huaweicloud.sdk.iotda.v5.model.ListBatchTaskFilesResponse;
import com.huaweicloud.sdk.iotda.v5.model.UploadBatchTaskFileRequest;
import com.huaweicloud.sdk.iotda.v5.model.UploadBatchTaskFileRequestBody;
import com.huaweicloud.sdk.iotda.v5.model.UploadBatchTaskFileResponse;
import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.web.TenantScope;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The batch-task file API driven by Huawei Cloud's own Java SDK (upload, list, delete and
 * their errors), and by REST Assured and a raw HTTP client for what the SDK will not send
 * (files that are no template, a wrong content type, oversized and chunked bodies), on
 * PostgreSQL. The rows the batch-task create will read ({@link BatchTaskFiles#find}) are
 * checked too. The file limit is small here, so oversized files stay small.
 */
@TestPropertySource(properties = { "iotda.batch-task-files.max-file-size=64KB", "iotda.batch-task-files.max-rows=500" })
class BatchTaskFileIntegrationTests extends AbstractApiIntegrationTests {

	private static final String PROJECT = "fileproject";

	private static final String FILES = "/v5/iot/{project_id}/batchtask-files";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	private BatchTaskFiles files;

	private IoTDAClient client;

	@BeforeEach
	void cleanAndBuildClient() {
		resetEmulatorOnManualClockAt("2026-01-01T00:00:00Z");
		this.files.deleteAll();
		this.client = IoTDAClient.newBuilder()
			.withCredential(new BasicCredentials().withAk("FILETESTAK").withSk("file-test-sk").withProjectId(PROJECT))
			.withHttpConfig(HttpConfig.getDefaultHttpConfig().withTimeout(10))
			.withEndpoint("http://127.0.0.1:" + this.port)
			.build();
	}

	@Test
	void uploadsATemplateFileListsItAndKeepsItsRows() {
		UploadBatchTaskFileResponse uploaded = upload("BatchCreateDevices_test01.xlsx", Xlsx.createDevices(3));

		assertThat(uploaded.getHttpStatusCode()).isEqualTo(201);
		assertThat(uploaded.getFileId()).matches("[0-9a-f-]{36}");
		assertThat(uploaded.getFileName()).isEqualTo("BatchCreateDevices_test01.xlsx");
		assertThat(uploaded.getUploadTime()).isEqualTo("20260101T000000Z");
		ListBatchTaskFilesResponse listed = this.client.listBatchTaskFiles(new ListBatchTaskFilesRequest());
		assertThat(listed.getHttpStatusCode()).isEqualTo(200);
		assertThat(listed.getFiles()).singleElement().satisfies((file) -> {
			assertThat(file.getFileId()).isEqualTo(uploaded.getFileId());
			assertThat(file.getFileName()).isEqualTo("BatchCreateDevices_test01.xlsx");
			assertThat(file.getUploadTime()).isEqualTo("20260101T000000Z");
		});
		io.iotda.emulator.batchfile.BatchTaskFile kept = this.files
			.find(TenantScope.of(PROJECT, null), uploaded.getFileId())
			.orElseThrow();
		assertThat(kept.fileName()).isEqualTo("BatchCreateDevices_test01.xlsx");
		assertThat(kept.rows()).containsExactly(
				Map.of("node_id", "node-1", "product_id", "product-1", "device_name", "device_1", "secret", "secret-1"),
				Map.of("node_id", "node-2", "product_id", "product-1", "device_name", "device_2", "secret", "secret-2"),
				Map.of("node_id", "node-3", "product_id", "product-1", "device_name", "device_3", "secret",
						"secret-3"));
	}

	@Test
	void deletesAFileOnceThenAnswers404() {
		String fileId = upload("devices.xlsx", Xlsx.createDevices(1)).getFileId();

		DeleteBatchTaskFileResponse deleted = this.client
			.deleteBatchTaskFile(new DeleteBatchTaskFileRequest().withFileId(fileId));

		assertThat(deleted.getHttpStatusCode()).isEqualTo(204);
		assertThat(this.client.listBatchTaskFiles(new ListBatchTaskFilesRequest()).getFiles()).isEmpty();
		assertThat(this.files.find(TenantScope.of(PROJECT, null), fileId)).isEmpty();
		ServiceResponseException again = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.deleteBatchTaskFile(new DeleteBatchTaskFileRequest().withFileId(fileId)));
		assertError(again, 404, "IOTDA.014600", "The batch task file does not exist.");
	}

	@Test
	void aFileOfOneInstanceDoesNotExistInAnother() {
		String fileId = upload("devices.xlsx", Xlsx.createDevices(1)).getFileId();

		assertThat(
				this.client.listBatchTaskFiles(new ListBatchTaskFilesRequest().withInstanceId("instance-1")).getFiles())
			.isEmpty();
		ServiceResponseException otherInstance = catchThrowableOfType(ServiceResponseException.class, () -> this.client
			.deleteBatchTaskFile(new DeleteBatchTaskFileRequest().withInstanceId("instance-1").withFileId(fileId)));
		assertError(otherInstance, 404, "IOTDA.014600", "The batch task file does not exist.");
		assertThat(this.files.find(TenantScope.of(PROJECT, "instance-1"), fileId)).isEmpty();
		// the same name may be used again in another instance
		assertThat(this.client
			.uploadBatchTaskFile(new UploadBatchTaskFileRequest().withInstanceId("instance-1")
				.withBody(new UploadBatchTaskFileRequestBody().withFile(new ByteArrayInputStream(Xlsx.createDevices(1)),
						"devices.xlsx")))
			.getHttpStatusCode()).isEqualTo(201);
	}

	@Test
	void refusesASecondFileOfTheSameName() {
		upload("devices.xlsx", Xlsx.createDevices(1));

		ServiceResponseException ex = catchThrowableOfType(ServiceResponseException.class,
				() -> upload("devices.xlsx", Xlsx.createDevices(2)));

		assertThat(ex.getHttpStatusCode()).isEqualTo(400);
		assertThat(ex.getErrorCode()).isEqualTo("IOTDA.014602");
		assertThat(ex.getErrorMsg()).startsWith("Invalid input. The batch task file name already exists.");
	}

	@Test
	void keepsAtMostTenFiles() {
		IntStream.rangeClosed(1, 10).forEach((i) -> upload("devices-" + i + ".xlsx", Xlsx.createDevices(1)));

		ServiceResponseException ex = catchThrowableOfType(ServiceResponseException.class,
				() -> upload("devices-11.xlsx", Xlsx.createDevices(1)));

		assertThat(ex.getHttpStatusCode()).isEqualTo(400);
		assertThat(ex.getErrorCode()).isEqualTo("IOTDA.014604");
		assertThat(this.client.listBatchTaskFiles(new ListBatchTaskFilesRequest()).getFiles()).hasSize(10)
			.extracting(BatchTaskFile::getFileName)
			.startsWith("devices-1.xlsx", "devices-10.xlsx", "devices-2.xlsx");
	}

	@Test
	void forgetsAFileAnHourAfterItsUpload() {
		String fileId = upload("devices.xlsx", Xlsx.createDevices(1)).getFileId();
		api().body("{\"seconds\":3599}").post("/_emulator/clock/advance").then().statusCode(200);
		assertThat(this.files.find(TenantScope.of(PROJECT, null), fileId)).isPresent();

		api().body("{\"seconds\":2}").post("/_emulator/clock/advance").then().statusCode(200);

		assertThat(this.files.find(TenantScope.of(PROJECT, null), fileId)).isEmpty();
		assertThat(this.client.listBatchTaskFiles(new ListBatchTaskFilesRequest()).getFiles()).isEmpty();
		// its name is free again
		assertThat(upload("devices.xlsx", Xlsx.createDevices(1)).getHttpStatusCode()).isEqualTo(201);
	}

	@Test
	void refusesFilesThatAreNoXlsxTemplateWithInvalidInput() {
		refused(multipart("devices.csv", "node_id\nn1\n".getBytes(StandardCharsets.UTF_8)), 400, "IOTDA.000006")
			.body("error_msg", equalTo("Invalid input data. Only xlsx and xls files are accepted."));
		refused(multipart("devices.xlsx", "node_id\nn1\n".getBytes(StandardCharsets.UTF_8)), 400, "IOTDA.000006")
			.body("error_msg", equalTo("Invalid input data. The file is not an xlsx workbook."));
		refused(multipart("devices.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 }), 400,
				"IOTDA.000006")
			.body("error_msg", startsWith("Invalid input data. The file is an Excel 97-2003 (.xls) workbook"));
		refused(multipart("devices.xlsx", Xlsx.of(List.of(List.of("device_id")))), 400, "IOTDA.000006")
			.body("error_msg", equalTo("Invalid input data. The file holds no data rows, only a header."));
		refused(multipart("devices.xlsx", Xlsx.of(List.of())), 400, "IOTDA.000006");
		refused(multipart("devices.xlsx", new byte[0]), 400, "IOTDA.000006").body("error_msg",
				equalTo("Invalid input data. file is empty."));
		refused(multipart("devices.xlsx",
				Xlsx.withSheetData("<row><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>", List.of())),
				400, "IOTDA.000006");
		refused(multipart(("x".repeat(57)) + ".xlsx", Xlsx.createDevices(1)), 400, "IOTDA.000006").body("error_msg",
				equalTo("Invalid input data. The file name must be at most 60 characters."));
		assertThat(this.files.list(TenantScope.of(PROJECT, null))).isEmpty();
	}

	@Test
	void refusesAnUploadWithoutAFilePart() {
		refused(RestAssured.given().port(this.port).multiPart("document", "devices.xlsx", Xlsx.createDevices(1), XLSX),
				400, "IOTDA.000006")
			.body("error_msg", equalTo("Invalid input data. file is required: a multipart/form-data part named file."));
		refused(RestAssured.given().port(this.port).multiPart("file", "not a file part"), 400, "IOTDA.000006")
			.body("error_msg", equalTo("Invalid input data. file must be a file part, with a file name."));
	}

	@Test
	void refusesABodyThatIsNotMultipartFormData() {
		api().body("{\"file\":\"devices.xlsx\"}")
			.post(FILES, PROJECT)
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000008"));
		RestAssured.given()
			.port(this.port)
			.contentType("multipart/form-data; boundary=abc")
			.body("not multipart at all".getBytes(StandardCharsets.UTF_8))
			.post(FILES, PROJECT)
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000006"))
			.body("error_msg", equalTo("Invalid input data. file is required: a multipart/form-data part named file."));
		// a part that never ends
		RestAssured.given()
			.port(this.port)
			.contentType("multipart/form-data; boundary=abc")
			.body(("--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nPK")
				.getBytes(StandardCharsets.UTF_8))
			.post(FILES, PROJECT)
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000008"))
			.body("error_msg", equalTo(
					"Invalid input. The request format is invalid. The multipart/form-data body does " + "not parse."));
	}

	@Test
	void refusesAMultipartBodyOnEveryOtherOperation() {
		RestAssured.given()
			.port(this.port)
			.multiPart("file", "devices.xlsx", Xlsx.createDevices(1), XLSX)
			.post("/v5/iot/{project_id}/batchtasks", PROJECT)
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000008"));
		RestAssured.given()
			.port(this.port)
			.multiPart("file", "devices.xlsx", Xlsx.createDevices(1), XLSX)
			.post("/v5/iot/{project_id}/batchtask-files/{file_id}", PROJECT, "f1")
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000008"));
	}

	@Test
	void refusesAFileOverTheSizeLimitWhetherTheBodySaysItsLengthOrComesChunked() throws Exception {
		byte[] large = new byte[65 * 1024];
		new Random(42).nextBytes(large);

		refused(multipart("large.xlsx", large), 400, "IOTDA.014603").body("error_msg",
				equalTo("Invalid input. The size of batch task file exceeds the upper limit. A file may hold at most "
						+ 64 * 1024 + " bytes."));
		byte[] huge = new byte[200 * 1024];
		refused(multipart("huge.xlsx", huge), 400, "IOTDA.014603");

		String boundary = "emulator-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.xlsx\""
				+ "\r\nContent-Type: " + XLSX + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(huge);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> chunked = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/v5/iot/" + PROJECT + "/batchtask-files"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.toByteArray())))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(chunked.statusCode()).isEqualTo(400);
		assertThat(chunked.body()).contains("\"error_code\":\"IOTDA.014603\"");
	}

	@Test
	void refusesMoreDataRowsThanTheLimit() {
		ServiceResponseException ex = catchThrowableOfType(ServiceResponseException.class,
				() -> upload("many.xlsx", Xlsx.createDevices(501)));

		assertThat(ex.getHttpStatusCode()).isEqualTo(400);
		assertThat(ex.getErrorCode()).isEqualTo("IOTDA.014603");
		assertThat(ex.getErrorMsg()).endsWith("The file holds more than 500 data rows.");
		assertThat(upload("enough.xlsx", Xlsx.createDevices(500)).getHttpStatusCode()).isEqualTo(201);
	}

	@Test
	void refusesAFileIdThatBreaksItsRule() {
		api().delete(FILES + "/{file_id}", PROJECT, "not a file id")
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000006"));
		api().get(FILES, PROJECT).then().statusCode(200).body("files", hasSize(0));
	}

	private UploadBatchTaskFileResponse upload(String name, byte[] xlsx) {
		return this.client.uploadBatchTaskFile(new UploadBatchTaskFileRequest()
			.withBody(new UploadBatchTaskFileRequestBody().withFile(new ByteArrayInputStream(xlsx), name)));
	}

	private RequestSpecification multipart(String name, byte[] content) {
		return RestAssured.given().port(this.port).multiPart("file", name, content, XLSX);
	}

	private static ValidatableResponse refused(RequestSpecification request, int status, String code) {
		return request.post(FILES, PROJECT)
			.then()
			.statusCode(status)
			.contentType("application/json")
			.body("error_code", equalTo(code));
	}

	private static void assertError(ServiceResponseException ex, int status, String code, String message) {
		assertThat(ex).isNotNull();
		assertThat(ex.getHttpStatusCode()).isEqualTo(status);
		assertThat(ex.getErrorCode()).isEqualTo(code);
		assertThat(ex.getErrorMsg()).isEqualTo(message);
		assertThat(ex.getRequestId()).isNotBlank();
	}

}
