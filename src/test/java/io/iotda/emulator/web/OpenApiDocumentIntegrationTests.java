package io.iotda.emulator.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live OpenAPI document: saved to {@code target/openapi/} for
 * {@code src/test/openapi/lint.sh} (Redocly) to lint after the build, and checked here
 * for what Swagger UI users rely on: every operation with its parameters, schemas,
 * examples, error answers and the X-Request-Id header.
 */
class OpenApiDocumentIntegrationTests extends AbstractApiIntegrationTests {

	static final Path OUTPUT = Path.of("target", "openapi");

	private static final List<String> OPERATIONS = List.of("CreateBatchTask", "ListBatchTasks", "ShowBatchTask",
			"DeleteBatchTask", "StopBatchTask", "RetryBatchTask", "ConfirmBatchTask", "AddDeviceGroup",
			"ListDeviceGroups", "ShowDeviceGroup", "UpdateDeviceGroup", "DeleteDeviceGroup",
			"CreateOrDeleteDeviceInGroup", "ShowDevicesInGroup", "ListDeviceGroupsByDevice", "CreateProduct",
			"ListProducts", "ShowProduct", "DeleteProduct", "AddDevice", "ListDevices", "ShowDevice", "UpdateDevice",
			"DeleteDevice", "FreezeDevice", "UnfreezeDevice", "CreateOtaPackage", "ListOtaPackageInfo",
			"ShowOtaPackage", "DeleteOtaPackage", "UploadBatchTaskFile", "ListBatchTaskFiles", "DeleteBatchTaskFile");

	@Test
	void savesTheWholeDocumentAndTheIotdaGroupForLinting() throws IOException {
		String all = api().get("/v3/api-docs")
			.then()
			.statusCode(200)
			.contentType("application/json")
			.extract()
			.asString();
		String iotda = api().get("/v3/api-docs/" + OpenApiConfiguration.IOTDA_GROUP)
			.then()
			.statusCode(200)
			.extract()
			.asString();
		Files.createDirectories(OUTPUT);
		Files.writeString(OUTPUT.resolve("openapi.json"), all, StandardCharsets.UTF_8);
		Files.writeString(OUTPUT.resolve("openapi-iotda.json"), iotda, StandardCharsets.UTF_8);

		assertThat(JsonPath.from(all).getMap("paths")).containsKeys("/v5/iot/{project_id}/batchtasks",
				"/v5/iot/{project_id}/batchtasks/{task_id}", "/v5/iot/{project_id}/batchtasks/{task_id}/stop");
		Map<String, Object> groupPaths = JsonPath.from(iotda).getMap("paths");
		assertThat(groupPaths.keySet()).isNotEmpty()
			.allMatch((path) -> path.startsWith("/v5/") || path.startsWith("/v3/auth/"));
	}

	@Test
	void opensSwaggerUiOnTheIotdaGroup() {
		JsonPath config = api().get("/v3/api-docs/swagger-config").then().statusCode(200).extract().jsonPath();

		assertThat(config.getList("urls.name")).contains(OpenApiConfiguration.IOTDA_GROUP);
		assertThat(config.getString("'urls.primaryName'")).isEqualTo(OpenApiConfiguration.IOTDA_GROUP);
	}

	@Test
	void describesTheApiItsServerAndItsCredentials() {
		JsonPath doc = document();

		assertThat(doc.getString("info.title")).isEqualTo("IoTDA batch-task emulator");
		assertThat(doc.getString("info.version")).isEqualTo("v5");
		assertThat(doc.getString("info.description")).contains("Huawei Cloud IoTDA", "X-Request-Id");
		assertThat(doc.getList("servers.url")).containsExactly("/");
		assertThat(doc.getString("components.securitySchemes.akskSignature.name")).isEqualTo("Authorization");
		assertThat(doc.getString("components.securitySchemes.iamToken.name")).isEqualTo("X-Auth-Token");
		assertThat(doc.getList("security")).hasSize(3);
	}

	@Test
	void documentsEveryOperationWithItsHeadersAnswersAndErrors() {
		JsonPath doc = document();
		Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
		Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
		paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			if (path.startsWith("/v5/")) {
				byId.put((String) operation.get("operationId"), operation);
			}
		}));

		assertThat(byId).containsOnlyKeys(OPERATIONS);
		byId.forEach((id, operation) -> {
			assertThat(operation.get("summary")).as("%s summary", id).isNotNull();
			assertThat(operation.get("description")).as("%s description", id).isNotNull();
			List<Map<String, Object>> parameters = cast(operation.get("parameters"));
			assertThat(parameters).extracting((parameter) -> parameter.get("name"))
				.as("%s parameters", id)
				.contains("project_id", "Instance-Id");
			Map<String, Map<String, Object>> responses = cast(operation.get("responses"));
			assertThat(responses).as("%s answers", id).containsKeys("400", "401", "403", "404", "413", "500", "503");
			responses.forEach((status, response) -> {
				Map<String, Object> headers = cast(response.get("headers"));
				assertThat(headers).as("%s %s headers", id, status).containsKey("X-Request-Id");
				if (status.startsWith("4") || status.startsWith("5")) {
					assertThat(response.toString()).as("%s %s", id, status)
						.contains("#/components/schemas/ErrorResponse")
						.contains("error_code");
				}
				else if (!"204".equals(status)) {
					assertThat(response.toString()).as("%s %s example", id, status).contains("examples");
				}
			});
		});
	}

	@Test
	void namesTheEnumerationsAsTheRealServiceSpellsThem() {
		JsonPath doc = document();

		assertThat(doc.getList("components.schemas.TaskType.enum")).containsExactly("softwareUpgrade",
				"firmwareUpgrade", "moduleUpgrade", "createDevices", "deleteDevices", "freezeDevices",
				"unfreezeDevices", "createCommands", "createAsyncCommands", "createMessages", "updateDeviceShadows",
				"updateDevices");
		assertThat(doc.getList("components.schemas.TaskStatus.enum")).containsExactly("Initializing", "Waitting",
				"Processing", "Success", "Fail", "PartialSuccess", "Stopped", "Stopping");
		assertThat(doc.getList("components.schemas.SubtaskStatus.enum")).containsExactly("Waitting", "Processing",
				"Success", "Fail", "FailWaitRetry", "Stopped", "Removed");
		assertThat(doc.getString("components.schemas.Task.properties.status.$ref"))
			.isEqualTo("#/components/schemas/TaskStatus");
		assertThat(doc.getString("components.schemas.TaskDetail.properties.status.$ref"))
			.isEqualTo("#/components/schemas/SubtaskStatus");
		assertThat(doc.getList("components.schemas.TaskProgress.required")).containsExactlyInAnyOrder("total",
				"processing", "success", "fail", "waitting", "fail_wait_retry", "stopped", "removed");
		assertThat(doc.getList("components.schemas.ErrorResponse.required")).containsExactlyInAnyOrder("error_code",
				"error_msg");
	}

	@Test
	void documentsARequestExampleThatTheApiAccepts() {
		Object example = document().get(
				"paths.'/v5/iot/{project_id}/batchtasks'.post.requestBody.content.'application/json'.examples.firmwareUpgrade.value");
		assertThat(example).isInstanceOf(Map.class);

		api().body(JsonMapper.builder().build().writeValueAsString(example))
			.post("/v5/iot/{project_id}/batchtasks", "openapi")
			.then()
			.statusCode(201)
			.body("task_type", org.hamcrest.Matchers.equalTo("firmwareUpgrade"))
			.body("task_progress.waitting", org.hamcrest.Matchers.equalTo(2));
	}

	private JsonPath document() {
		return api().get("/v3/api-docs").then().statusCode(200).extract().jsonPath();
	}

	@SuppressWarnings("unchecked")
	private static <T> T cast(Object value) {
		return (T) value;
	}

}
