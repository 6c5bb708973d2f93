package io.iotda.emulator.batchfile.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The form UploadBatchTaskFile takes, for the OpenAPI document (Swagger UI's file input).
 */
@Schema(name = "UploadBatchTaskFileRequestBody")
record UploadForm(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary",
		description = "The xlsx, laid out as IoTDA's template of the task type: a header row of field names, "
				+ "then one row per device") String file) {
}
