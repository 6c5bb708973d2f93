package io.iotda.emulator.batchfile.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.batchfile.BatchTaskFileInfo;
import io.iotda.emulator.web.IotdaTime;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * UploadBatchTaskFile's answer, and one file of ListBatchTaskFiles' answer: the file's
 * id, name and upload time.
 */
@Schema(name = "BatchTaskFile")
record UploadBatchTaskFileResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
		example = "0c3c77dd-42a2-4309-9e10-da2e8bf64ac3",
		description = "The file's id: what a batch task's document_source names") @JsonProperty("file_id") String fileId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "BatchCreateDevices_test01.xlsx", minLength = 1,
				maxLength = 60) @JsonProperty("file_name") String fileName,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "20200617T081608Z",
				description = "yyyyMMdd'T'HHmmss'Z'") @JsonProperty("upload_time") String uploadTime) {

	static UploadBatchTaskFileResponse of(BatchTaskFileInfo file) {
		return new UploadBatchTaskFileResponse(file.fileId(), file.fileName(), IotdaTime.format(file.uploadTime()));
	}

}
