package io.iotda.emulator.batchfile.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** ListBatchTaskFiles' answer: the tenant's files, oldest first. */
@Schema(name = "ListBatchTaskFilesResponse")
record ListBatchTaskFilesResponse(@Schema(
		requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("files") List<UploadBatchTaskFileResponse> files) {
}
