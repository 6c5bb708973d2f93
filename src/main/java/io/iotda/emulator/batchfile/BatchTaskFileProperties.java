package io.iotda.emulator.batchfile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the batch-task file API.
 *
 * @param maxFileSize the largest xlsx accepted; a larger one gets 400
 * {@code IOTDA.014603} while it is still arriving (the request's body may exceed it by
 * the multipart framing, {@value #FRAMING_ALLOWANCE_BYTES} bytes)
 * @param maxRows the most data rows a file may hold (IoTDA's reference: 30,000)
 * @param retention how long a file is kept after its upload, on the emulator's clock
 * (IoTDA keeps one for an hour); zero keeps files until they are deleted
 */
@Validated
@ConfigurationProperties("iotda.batch-task-files")
public record BatchTaskFileProperties(@NotNull @DefaultValue("10MB") DataSize maxFileSize,
		@Min(1) @Max(1_000_000) @DefaultValue("30000") int maxRows, @NotNull @DefaultValue("1h") Duration retention) {

	/** What a multipart body may hold besides the file: boundaries and part headers. */
	public static final long FRAMING_ALLOWANCE_BYTES = 64 * 1024;

	public BatchTaskFileProperties {
		if (maxFileSize != null && maxFileSize.toBytes() <= 0) {
			throw new IllegalArgumentException("iotda.batch-task-files.max-file-size must be positive");
		}
		if (retention != null && retention.isNegative()) {
			throw new IllegalArgumentException("iotda.batch-task-files.retention must not be negative");
		}
	}

	/** The largest multipart body the upload reads. */
	public long maxBodyBytes() {
		return this.maxFileSize.toBytes() + FRAMING_ALLOWANCE_BYTES;
	}

}
