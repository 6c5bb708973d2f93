package io.iotda.emulator.otapackage.web;

import io.iotda.emulator.web.IotdaParameters;
import io.iotda.emulator.web.ObjectIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;

/**
 * IoTDA's OTA package API as documented in the OpenAPI document, with the parameters'
 * rules; {@link OtaPackageController} implements it with the HTTP mapping.
 */
@Tag(name = "OTA packages", description = "Firmware and software upgrade packages (metadata; the OBS object is "
		+ "stored as named, never fetched)")
interface OtaPackageApi {

	String PACKAGE_ID_PATTERN = "^[A-Za-z0-9-]{1,36}$";

	String ID_PATTERN = "^[A-Za-z0-9_-]{1,36}$";

	String PACKAGE = """
			{
			  "package_id" : "66a1c2d3e4f5a6b7c8d9e0aa",
			  "app_id" : "app_1",
			  "package_type" : "firmwarePackage",
			  "product_id" : "5ba24f5ebbe8f56f5a14f605",
			  "version" : "V2.0.1",
			  "support_source_versions" : [ "V1.0.0" ],
			  "description" : "Fixes the sensor drift",
			  "create_time" : "20240627T081530Z",
			  "file_location" : { "obs_location" : { "region_name" : "cn-north-4", "bucket_name" : "firmware-bucket", "object_key" : "sensor/V2.0.1.bin" } }
			}""";

	@Operation(operationId = "CreateOtaPackage", summary = "Create an OTA package",
			description = "Stores a package's metadata and its OBS location (never fetched). A product has one "
					+ "package of a type and version.")
	@RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = CreateOtaPackageRequest.class),
					examples = @ExampleObject(name = "firmware", summary = "A firmware package in OBS",
							value = """
									{
									  "app_id" : "app_1",
									  "package_type" : "firmwarePackage",
									  "product_id" : "5ba24f5ebbe8f56f5a14f605",
									  "version" : "V2.0.1",
									  "support_source_versions" : [ "V1.0.0" ],
									  "description" : "Fixes the sensor drift",
									  "file_location" : { "obs_location" : { "region_name" : "cn-north-4", "bucket_name" : "firmware-bucket", "object_key" : "sensor/V2.0.1.bin" } }
									}""")))
	@ApiResponse(responseCode = "201", description = "Created: the package",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = OtaPackageResponse.class),
					examples = @ExampleObject(name = "created", summary = "The new package", value = PACKAGE)))
	@OtaPackageErrorAnswers
	OtaPackageResponse create(@IotdaParameters.ProjectId String projectId,
			@IotdaParameters.InstanceId String instanceId, @Valid CreateOtaPackageRequest request);

	@Operation(operationId = "ListOtaPackageInfo", summary = "List OTA packages",
			description = "Packages of one type, newest first. page.count is every package matching the filters; "
					+ "page.marker is the id of the last package on the page.")
	@ApiResponse(responseCode = "200", description = "OK: one page of packages",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ListOtaPackageInfoResponse.class),
					examples = @ExampleObject(name = "page", summary = "The only firmware package", value = """
							{
							  "packages" : [ {
							    "package_id" : "66a1c2d3e4f5a6b7c8d9e0aa",
							    "app_id" : "app_1",
							    "package_type" : "firmwarePackage",
							    "product_id" : "5ba24f5ebbe8f56f5a14f605",
							    "version" : "V2.0.1",
							    "support_source_versions" : [ "V1.0.0" ],
							    "description" : "Fixes the sensor drift",
							    "create_time" : "20240627T081530Z"
							  } ],
							  "page" : { "count" : 1, "marker" : "66a1c2d3e4f5a6b7c8d9e0aa" }
							}""")))
	@OtaPackageErrorAnswers
	ListOtaPackageInfoResponse list(@IotdaParameters.ProjectId String projectId,
			@IotdaParameters.InstanceId String instanceId,
			@Parameter(in = ParameterIn.QUERY, name = "package_type", required = true,
					description = "firmwarePackage or softwarePackage",
					schema = @Schema(allowableValues = { "firmwarePackage", "softwarePackage" })) @Pattern(
							regexp = CreateOtaPackageRequest.PACKAGE_TYPE_PATTERN,
							message = "must be firmwarePackage or softwarePackage") String packageType,
			@Parameter(in = ParameterIn.QUERY, name = "app_id",
					description = "Only packages of this resource space") @Pattern(regexp = ID_PATTERN,
							message = "must be 1 to 36 of A-Za-z0-9_-") String appId,
			@Parameter(in = ParameterIn.QUERY, name = "product_id",
					description = "Only packages of this product") @Pattern(regexp = ID_PATTERN,
							message = "must be 1 to 36 of A-Za-z0-9_-") String productId,
			@Parameter(in = ParameterIn.QUERY, name = "version",
					description = "Only packages of this version") @Pattern(
							regexp = CreateOtaPackageRequest.VERSION_PATTERN,
							message = "must be 1 to 256 of A-Za-z0-9_.-") String version,
			@IotdaParameters.LimitParam @Min(1) @Max(50) Integer limit,
			@IotdaParameters.MarkerParam @Pattern(regexp = ObjectIds.MARKER_PATTERN,
					message = "must be 24 of a-f0-9") String marker,
			@IotdaParameters.OffsetParam @Min(0) @Max(500) Integer offset);

	@Operation(operationId = "ShowOtaPackage", summary = "Show an OTA package",
			description = "The package with its OBS location.")
	@ApiResponse(responseCode = "200", description = "OK: the package",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = OtaPackageResponse.class),
					examples = @ExampleObject(name = "package", summary = "A firmware package", value = PACKAGE)))
	@OtaPackageErrorAnswers
	OtaPackageResponse show(@IotdaParameters.ProjectId String projectId, @PackageId String packageId,
			@IotdaParameters.InstanceId String instanceId);

	@Operation(operationId = "DeleteOtaPackage", summary = "Delete an OTA package",
			description = "Deletes the package's metadata; the OBS object is not touched.")
	@ApiResponse(responseCode = "204", description = "No Content: deleted; the body is empty")
	@OtaPackageErrorAnswers
	void delete(@IotdaParameters.ProjectId String projectId, @PackageId String packageId,
			@IotdaParameters.InstanceId String instanceId);

}
