package io.iotda.emulator.batchfile.web;

import io.iotda.emulator.web.IotdaParameters;
import io.iotda.emulator.web.error.ErrorBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;

/**
 * IoTDA's batch-task file API as documented in the OpenAPI document, with the parameters'
 * rules; {@link BatchTaskFileController} implements it with the HTTP mapping.
 */
@Tag(name = "Batch-task files",
		description = "xlsx files a device-management batch task (createDevices, deleteDevices, freezeDevices, "
				+ "unfreezeDevices, updateDevices) takes its rows from, through document_source")
interface BatchTaskFileApi {

	String FILE_ID_PATTERN = "^[A-Za-z0-9_-]{1,128}$";

	String FILE = """
			{
			  "file_id" : "0c3c77dd-42a2-4309-9e10-da2e8bf64ac3",
			  "file_name" : "BatchCreateDevices_test01.xlsx",
			  "upload_time" : "20200617T081608Z"
			}""";

	@Operation(operationId = "UploadBatchTaskFile", summary = "Upload a batch-task file",
			description = "Takes an xlsx (multipart/form-data part file) laid out as IoTDA's template of the task "
					+ "type: on the first sheet a header row of field names (node_id, product_id, device_name, "
					+ "device_id, secret, ...), then one row per device. Its rows are read at once and kept; "
					+ "a project and instance keep at most 10 files, each for an hour.")
	@RequestBody(required = true,
			content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
					schema = @Schema(implementation = UploadForm.class)))
	@ApiResponse(responseCode = "201", description = "Created: the file",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = UploadBatchTaskFileResponse.class),
					examples = @ExampleObject(name = "uploaded", summary = "The file as kept", value = FILE)))
	@ApiResponse(responseCode = "400",
			description = "Bad Request: no file part, an empty, unreadable or non-xlsx file, a header that names "
					+ "no field (IOTDA.000006); not multipart/form-data, or a body that does not parse "
					+ "(IOTDA.000008); the name is taken (IOTDA.014602); over iotda.batch-task-files.max-file-size "
					+ "or max-rows (IOTDA.014603); 10 files are kept already (IOTDA.014604, emulator code)",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ErrorBody.class),
					examples = { @ExampleObject(name = "IOTDA.000006", summary = "Not an xlsx workbook",
							value = """
									{"error_code":"IOTDA.000006","error_msg":"Invalid input data. The file is not an xlsx workbook."}"""),
							@ExampleObject(name = "IOTDA.014602", summary = "The name is taken",
									value = """
											{"error_code":"IOTDA.014602","error_msg":"Invalid input. The batch task file name already exists. A file named BatchCreateDevices_test01.xlsx is already uploaded."}"""),
							@ExampleObject(name = "IOTDA.014603", summary = "The file is too large",
									value = """
											{"error_code":"IOTDA.014603","error_msg":"Invalid input. The size of batch task file exceeds the upper limit. A file may hold at most 10485760 bytes."}""") }))
	@FileErrorAnswers
	UploadBatchTaskFileResponse upload(@IotdaParameters.ProjectId String projectId,
			@IotdaParameters.InstanceId String instanceId, HttpServletRequest request);

	@Operation(operationId = "ListBatchTaskFiles", summary = "List batch-task files",
			description = "The project's and instance's files, oldest first.")
	@ApiResponse(responseCode = "200", description = "OK: the files",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ListBatchTaskFilesResponse.class),
					examples = @ExampleObject(name = "files", summary = "One file", value = """
							{
							  "files" : [ {
							    "file_id" : "0c3c77dd-42a2-4309-9e10-da2e8bf64ac3",
							    "file_name" : "BatchCreateDevices_test01.xlsx",
							    "upload_time" : "20200617T081608Z"
							  } ]
							}""")))
	@ApiResponse(responseCode = "400", description = "Bad Request: a header breaks its rule (IOTDA.000006)",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ErrorBody.class),
					examples = @ExampleObject(name = "IOTDA.000006", summary = "Instance-Id is too long",
							value = """
									{"error_code":"IOTDA.000006","error_msg":"Invalid input data. Instance-Id: must be 1 to 36 characters"}""")))
	@FileErrorAnswers
	ListBatchTaskFilesResponse list(@IotdaParameters.ProjectId String projectId,
			@IotdaParameters.InstanceId String instanceId);

	@Operation(operationId = "DeleteBatchTaskFile", summary = "Delete a batch-task file",
			description = "Deletes the file and its rows.")
	@ApiResponse(responseCode = "204", description = "No Content: deleted; the body is empty")
	@ApiResponse(responseCode = "400", description = "Bad Request: file_id breaks its rule (IOTDA.000006)",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ErrorBody.class),
					examples = @ExampleObject(name = "IOTDA.000006", summary = "Not a file id",
							value = """
									{"error_code":"IOTDA.000006","error_msg":"Invalid input data. file_id: must be 1 to 128 of A-Za-z0-9_-"}""")))
	@FileErrorAnswers
	void delete(@IotdaParameters.ProjectId String projectId,
			@Parameter(in = ParameterIn.PATH, name = "file_id", required = true, description = "Batch-task file id",
					example = "0c3c77dd-42a2-4309-9e10-da2e8bf64ac3",
					schema = @Schema(maxLength = 128, pattern = FILE_ID_PATTERN)) @Pattern(regexp = FILE_ID_PATTERN,
							message = "must be 1 to 128 of A-Za-z0-9_-") String fileId,
			@IotdaParameters.InstanceId String instanceId);

}
