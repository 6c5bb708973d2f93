package io.iotda.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.HttpListener;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.core.region.Region;
import com.huaweicloud.sdk.iotda.v5.IoTDAClient;
import com.huaweicloud.sdk.iotda.v5.model.BatchTargets;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTask;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.ShowBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.ShowBatchTaskResponse;
import com.huaweicloud.sdk.iotda.v5.model.StopBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.StopBatchTaskResponse;
import com.huaweicloud.sdk.iotda.v5.model.UploadBatchTaskFileRequest;
import com.huaweicloud.sdk.iotda.v5.model.UploadBatchTaskFileRequestBody;
import com.huaweicloud.sdk.iotda.v5.model.UploadBatchTaskFileResponse;
import io.iotda.emulator.batchfile.BatchTaskFiles;
import io.iotda.emulator.batchfile.Xlsx;
import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.web.TenantScope;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The official Java SDK ({@code huaweicloud-sdk-iotda}) against the emulator in
 * {@code verify} mode, with {@code BasicCredentials}: plain {@code SDK-HMAC-SHA256} and,
 * when asked for, the derived {@code V11-HMAC-SHA256} form. The right SK passes; a wrong
 * one fails with {@code APIG.0301}. A multipart upload passes both as the SDK signs it
 * ({@code UNSIGNED-PAYLOAD}) and with the body's hash signed.
 */
@VerifyMode
class SdkVerifyModeIntegrationTests extends AbstractApiIntegrationTests {

	/** The Authorization headers the SDK sent, to show which signing form was used. */
	private final List<String> sentAuthorizations = new CopyOnWriteArrayList<>();

	/** The X-Sdk-Content-Sha256 headers the SDK sent. */
	private final List<String> sentContentHashes = new CopyOnWriteArrayList<>();

	@Autowired
	private BatchTaskFiles files;

	@ParameterizedTest(name = "derived signing: {0}")
	@ValueSource(booleans = { false, true })
	void showAndStopPassWithTheRightSecretKey(boolean derived) {
		IoTDAClient client = client(VerifyMode.P1_SK, derived);
		String taskId = client
			.createBatchTask(new CreateBatchTaskRequest().withBody(new CreateBatchTask().withTaskName("sdk_task")
				.withTaskType("firmwareUpgrade")
				.withTargets(List.of("d1", "d2", "d3"))))
			.getTaskId();

		ShowBatchTaskResponse shown = client.showBatchTask(new ShowBatchTaskRequest().withTaskId(taskId));
		assertThat(shown.getHttpStatusCode()).isEqualTo(200);
		assertThat(shown.getBatchtask().getTaskId()).isEqualTo(taskId);
		assertThat(shown.getTaskDetails()).hasSize(3);

		StopBatchTaskResponse named = client.stopBatchTask(
				new StopBatchTaskRequest().withTaskId(taskId).withBody(new BatchTargets().withTargets(List.of("d1"))));
		assertThat(named.getTargets()).singleElement()
			.satisfies((result) -> assertThat(result.getStatus()).isEqualTo("success"));

		// No body set: the SDK sends a zero-byte body.
		StopBatchTaskResponse all = client.stopBatchTask(new StopBatchTaskRequest().withTaskId(taskId));
		assertThat(all.getHttpStatusCode()).isEqualTo(200);
		assertThat(this.sentAuthorizations).hasSize(4)
			.allSatisfy((header) -> assertThat(header).startsWith(
					derived ? "V11-HMAC-SHA256 Credential=" + VerifyMode.P1_AK + "/" : "SDK-HMAC-SHA256 Access="));
	}

	@ParameterizedTest(name = "derived signing: {0}")
	@ValueSource(booleans = { false, true })
	void aWrongSecretKeyFailsWithApig0301(boolean derived) {
		IoTDAClient client = client("not-the-secret-key", derived);
		ServiceResponseException ex = catchThrowableOfType(ServiceResponseException.class,
				() -> client.showBatchTask(new ShowBatchTaskRequest().withTaskId("0123456789abcdef01234567")));
		assertThat(ex.getHttpStatusCode()).isEqualTo(401);
		assertThat(ex.getErrorCode()).isEqualTo("APIG.0301");
		assertThat(ex.getErrorMsg()).isEqualTo("Incorrect IAM authentication information: verify aksk signature fail");
		assertThat(ex.getRequestId()).isNotBlank();
		assertThat(this.sentAuthorizations).singleElement()
			.satisfies((header) -> assertThat(header).startsWith(derived ? "V11-HMAC-SHA256" : "SDK-HMAC-SHA256"));
	}

	@ParameterizedTest(name = "derived signing: {0}")
	@ValueSource(booleans = { false, true })
	void uploadsABatchTaskFileWhoseSignatureLeavesTheBodyUnsigned(boolean derived) {
		this.files.deleteAll();
		IoTDAClient client = client(VerifyMode.P1_SK, derived);

		UploadBatchTaskFileResponse uploaded = client
			.uploadBatchTaskFile(new UploadBatchTaskFileRequest().withBody(new UploadBatchTaskFileRequestBody()
				.withFile(new ByteArrayInputStream(Xlsx.createDevices(2)), "devices.xlsx")));

		assertThat(uploaded.getHttpStatusCode()).isEqualTo(201);
		assertThat(this.sentContentHashes).containsExactly("UNSIGNED-PAYLOAD");
		assertThat(this.files.find(TenantScope.of("p1", null), uploaded.getFileId()).orElseThrow().rows()).hasSize(2);
		ServiceResponseException wrongKey = catchThrowableOfType(ServiceResponseException.class,
				() -> client("not-the-secret-key", derived)
					.uploadBatchTaskFile(new UploadBatchTaskFileRequest().withBody(new UploadBatchTaskFileRequestBody()
						.withFile(new ByteArrayInputStream(Xlsx.createDevices(1)), "other.xlsx"))));
		assertThat(wrongKey.getHttpStatusCode()).isEqualTo(401);
		assertThat(wrongKey.getErrorCode()).isEqualTo("APIG.0301");
		assertThat(this.files.list(TenantScope.of("p1", null))).hasSize(1);
	}

	@Test
	void uploadsABatchTaskFileWhoseSignatureCoversTheMultipartBody() throws Exception {
		this.files.deleteAll();
		String boundary = "signed-boundary";
		byte[] body = multipart(boundary, "signed.xlsx", Xlsx.createDevices(3));
		SigningClient signing = new SigningClient(this.port);

		SigningClient.Reply tampered = signing.call("POST", "/v5/iot/p1/batchtask-files")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.body(body)
			.sendInstead(multipart(boundary, "signed.xlsx", Xlsx.createDevices(4)))
			.chunked()
			.send();
		SigningClient.Reply uploaded = signing.call("POST", "/v5/iot/p1/batchtask-files")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.body(body)
			.chunked()
			.send();

		assertThat(tampered.status()).isEqualTo(401);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		assertThat(this.files.list(TenantScope.of("p1", null))).singleElement()
			.satisfies((file) -> assertThat(file.rowCount()).isEqualTo(3));
	}

	private static byte[] multipart(String boundary, String fileName, byte[] file) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private IoTDAClient client(String sk, boolean derived) {
		BasicCredentials credentials = new BasicCredentials().withAk(VerifyMode.P1_AK).withSk(sk).withProjectId("p1");
		if (derived) {
			credentials.withDerivedPredicate(BasicCredentials.DEFAULT_DERIVED_PREDICATE);
		}
		return IoTDAClient.newBuilder()
			.withCredential(credentials)
			.withRegion(new Region("cn-north-4", "http://127.0.0.1:" + this.port))
			.withHttpConfig(HttpConfig.getDefaultHttpConfig()
				.withTimeout(10)
				.addHttpListener(HttpListener
					.forRequestListener((request) -> request.headers().entrySet().stream().forEach((header) -> {
						if (header.getKey().equalsIgnoreCase("Authorization")) {
							this.sentAuthorizations.addAll(header.getValue());
						}
						if (header.getKey().equalsIgnoreCase("X-Sdk-Content-Sha256")) {
							this.sentContentHashes.addAll(header.getValue());
						}
					}))))
			.build();
	}

}
