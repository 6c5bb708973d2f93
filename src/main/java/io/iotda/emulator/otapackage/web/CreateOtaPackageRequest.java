package io.iotda.emulator.otapackage.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of CreateOtaPackage; the rules are those of IoTDA's API reference. */
@Schema(name = "CreateOtaPackage")
record CreateOtaPackageRequest(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Resource space (application) id",
				example = "app_1",
				pattern = ID_PATTERN) @NotNull(message = "app_id is required") @Pattern(regexp = ID_PATTERN,
						message = "app_id must be 1 to 36 of A-Za-z0-9_-") @JsonProperty("app_id") String appId,

		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
				"firmwarePackage", "softwarePackage" }) @NotNull(message = "package_type is required") @Pattern(
						regexp = PACKAGE_TYPE_PATTERN,
						message = "package_type must be firmwarePackage or softwarePackage") @JsonProperty("package_type") String packageType,

		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The product the package is for",
				example = "5ba24f5ebbe8f56f5a14f605",
				pattern = ID_PATTERN) @NotNull(message = "product_id is required") @Pattern(regexp = ID_PATTERN,
						message = "product_id must be 1 to 36 of A-Za-z0-9_-") @JsonProperty("product_id") String productId,

		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "V2.0.1", pattern = VERSION_PATTERN) @NotNull(
				message = "version is required") @Pattern(regexp = VERSION_PATTERN,
						message = "version must be 1 to 256 of A-Za-z0-9_.-") @JsonProperty("version") String version,

		@ArraySchema(maxItems = 20, arraySchema = @Schema(description = "Device versions it upgrades from, at most 20"),
				schema = @Schema(pattern = VERSION_PATTERN, example = "V1.0.0")) @Size(max = 20,
						message = "support_source_versions must hold at most 20 versions") @JsonProperty("support_source_versions") List<@NotNull(
								message = "support_source_versions must not hold null") @Pattern(
										regexp = VERSION_PATTERN,
										message = "support_source_versions holds a version that is not 1 to 256 of A-Za-z0-9_.-") String> supportSourceVersions,

		@Schema(maxLength = 1024, example = "Fixes the sensor drift") @Size(max = 1024,
				message = "description must be at most 1024 characters") @JsonProperty("description") String description,

		@Schema(maxLength = 4096, description = "Sent to the devices with the upgrade notice") @Size(max = 4096,
				message = "custom_info must be at most 4096 characters") @JsonProperty("custom_info") String customInfo,

		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(
				message = "file_location is required") @Valid @JsonProperty("file_location") FileLocation fileLocation){

	static final String ID_PATTERN = "^[A-Za-z0-9_-]{1,36}$";

	static final String VERSION_PATTERN = "^[A-Za-z0-9_.-]{1,256}$";

	static final String PACKAGE_TYPE_PATTERN = "^(firmwarePackage|softwarePackage)$";

}
