package io.iotda.emulator.otapackage.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.otapackage.ObsLocation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An OBS object: region, bucket, key, and the package's SHA-256 for the devices. */
@Schema(name = "ObsLocation")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ObsLocationBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "cn-north-4",
		pattern = REGION_PATTERN) @NotNull(message = "obs_location.region_name is required") @Pattern(
				regexp = REGION_PATTERN,
				message = "obs_location.region_name must be 1 to 256 of A-Za-z0-9-") @JsonProperty("region_name") String regionName,

		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "firmware-bucket",
				pattern = BUCKET_PATTERN) @NotNull(message = "obs_location.bucket_name is required") @Pattern(
						regexp = BUCKET_PATTERN,
						message = "obs_location.bucket_name must be 3 to 63 of a-z0-9.-") @JsonProperty("bucket_name") String bucketName,

		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "sensor/V2.0.1.bin", minLength = 1,
				maxLength = 1024) @NotNull(message = "obs_location.object_key is required") @Size(min = 1, max = 1024,
						message = "obs_location.object_key must be 1 to 1024 characters") @JsonProperty("object_key") String objectKey,

		@Schema(description = "SHA-256 of the package, 64 hex digits", pattern = SIGN_PATTERN) @Pattern(
				regexp = SIGN_PATTERN,
				message = "obs_location.sign must be 64 of a-fA-F0-9") @JsonProperty("sign") String sign) {

	static final String REGION_PATTERN = "^[A-Za-z0-9-]{1,256}$";

	static final String BUCKET_PATTERN = "^[a-z0-9.-]{3,63}$";

	static final String SIGN_PATTERN = "^[a-fA-F0-9]{64}$";

	ObsLocation toLocation() {
		return new ObsLocation(this.regionName, this.bucketName, this.objectKey, this.sign);
	}

	static ObsLocationBody of(ObsLocation location) {
		return new ObsLocationBody(location.regionName(), location.bucketName(), location.objectKey(), location.sign());
	}

}
