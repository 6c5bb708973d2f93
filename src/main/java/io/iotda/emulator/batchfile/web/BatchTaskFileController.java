package io.iotda.emulator.batchfile.web;

import io.iotda.emulator.batchfile.BatchTaskFileProperties;
import io.iotda.emulator.batchfile.BatchTaskFiles;
import io.iotda.emulator.web.TenantScope;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * IoTDA's batch-task file API: maps paths and headers, reads the upload's file part
 * ({@link MultipartFileReader}), then hands over to {@link BatchTaskFiles}. The
 * documentation and the parameters' rules are {@link BatchTaskFileApi}'s.
 */
@RestController
@RequestMapping(path = "/v5/iot/{project_id}/batchtask-files", produces = MediaType.APPLICATION_JSON_VALUE)
class BatchTaskFileController implements BatchTaskFileApi {

	private final BatchTaskFiles files;

	private final BatchTaskFileProperties properties;

	BatchTaskFileController(BatchTaskFiles files, BatchTaskFileProperties properties) {
		this.files = files;
		this.properties = properties;
	}

	@Override
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	public UploadBatchTaskFileResponse upload(@PathVariable("project_id") String projectId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId, HttpServletRequest request) {
		return UploadBatchTaskFileResponse
			.of(this.files.upload(TenantScope.of(projectId, instanceId), () -> MultipartFileReader.read(request,
					this.properties.maxFileSize().toBytes(), this.properties.maxBodyBytes())));
	}

	@Override
	@GetMapping
	public ListBatchTaskFilesResponse list(@PathVariable("project_id") String projectId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId) {
		return new ListBatchTaskFilesResponse(this.files.list(TenantScope.of(projectId, instanceId))
			.stream()
			.map(UploadBatchTaskFileResponse::of)
			.toList());
	}

	@Override
	@DeleteMapping("/{file_id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void delete(@PathVariable("project_id") String projectId, @PathVariable("file_id") String fileId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId) {
		this.files.delete(TenantScope.of(projectId, instanceId), fileId);
	}

}
