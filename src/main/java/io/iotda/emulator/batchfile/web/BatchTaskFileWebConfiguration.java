package io.iotda.emulator.batchfile.web;

import io.iotda.emulator.batchfile.BatchTaskFileProperties;
import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.filter.MultipartOperation;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Tells the filters that UploadBatchTaskFile, and only it, takes a
 * {@code multipart/form-data} body, up to the file limit plus its framing; a larger one
 * is a 400 {@code IOTDA.014603} like a file over the limit.
 */
@Configuration(proxyBeanMethods = false)
class BatchTaskFileWebConfiguration {

	@Bean
	MultipartOperation uploadBatchTaskFile(BatchTaskFileProperties properties) {
		return new MultipartOperation(HttpMethod.POST,
				List.of("v5", "iot", MultipartOperation.ANY_SEGMENT, "batchtask-files"), properties.maxBodyBytes(),
				IotdaError.BATCH_TASK_FILE_TOO_LARGE);
	}

}
