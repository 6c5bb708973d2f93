package io.iotda.emulator.otapackage.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.otapackage.OtaPackage;
import io.iotda.emulator.web.IotdaTime;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** CreateOtaPackage's and ShowOtaPackage's answer: the package with its OBS location. */
@Schema(name = "OtaPackage")
@JsonInclude(JsonInclude.Include.NON_NULL)
record OtaPackageResponse(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "66a1c2d3e4f5a6b7c8d9e0aa") @JsonProperty("package_id") String packageId,
		@Schema(example = "app_1") @JsonProperty("app_id") String appId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
				"firmwarePackage", "softwarePackage" }) @JsonProperty("package_type") String packageType,
		@Schema(example = "5ba24f5ebbe8f56f5a14f605") @JsonProperty("product_id") String productId,
		@Schema(example = "V2.0.1") @JsonProperty("version") String version,
		@JsonProperty("support_source_versions") List<String> supportSourceVersions,
		@JsonProperty("description") String description, @JsonProperty("custom_info") String customInfo,
		@Schema(example = "20240627T081530Z",
				description = "yyyyMMdd'T'HHmmss'Z'") @JsonProperty("create_time") String createTime,
		@JsonProperty("file_location") FileLocation fileLocation){

	static OtaPackageResponse of(OtaPackage otaPackage) {
		return new OtaPackageResponse(otaPackage.packageId(), otaPackage.appId(), otaPackage.packageType().wireName(),
				otaPackage.productId(), otaPackage.version(), otaPackage.supportSourceVersions(),
				otaPackage.description(), otaPackage.customInfo(), IotdaTime.format(otaPackage.createTime()),
				new FileLocation(ObsLocationBody.of(otaPackage.location())));
	}

}
