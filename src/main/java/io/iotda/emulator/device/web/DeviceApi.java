package io.iotda.emulator.device.web;

import io.iotda.emulator.device.PageRequest;
import io.iotda.emulator.web.IotdaParameters;
import io.iotda.emulator.web.ObjectIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;

/**
 * IoTDA's device API as documented in the OpenAPI document: operations, examples, answers
 * and the parameters' rules. {@link DeviceController} implements it with the HTTP
 * mapping; the body's rules are the registry's ({@code device.DeviceRegistry}).
 */
@Tag(name = "Devices", description = "The emulated IoTDA v5 device API: the registry that batch tasks and device "
		+ "groups name devices of. No device ever connects: devices stay INACTIVE unless frozen")
interface DeviceApi {

	/** The start of a device as the answers show it. */
	String DEVICE = """
			  "app_id" : "app_1",
			  "device_id" : "d1b2c3_meter-0001",
			  "node_id" : "meter-0001",
			  "gateway_id" : "d1b2c3_meter-0001",
			  "device_name" : "Meter_0001",
			  "node_type" : "GATEWAY",
			  "description" : "Meter_in_hall_A",
			""";

	/** The end of a device as the answers show it. */
	String PRODUCT_AND_STATUS = """
			  "product_id" : "d1b2c3",
			  "product_name" : "SmartMeter",
			  "status" : "INACTIVE",
			""";

	@Operation(operationId = "AddDevice", summary = "Add a device",
			description = "Registers a device of a product. Without device_id the id is <product_id>_<node_id>; "
					+ "with gateway_id it is a sub-device (ENDPOINT) of that device; without a secret, a SECRET "
					+ "device gets a generated one, shown in this answer only. A new device is INACTIVE.")
	@RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = AddDeviceRequest.class),
					examples = @ExampleObject(name = "meter", summary = "A directly connected meter",
							value = """
									{
									  "node_id" : "meter-0001",
									  "device_name" : "Meter_0001",
									  "product_id" : "d1b2c3",
									  "auth_info" : { "auth_type" : "SECRET", "secret" : "3b935a250c50dc2c6d481d048cefdc3c", "secure_access" : true, "timeout" : 300 },
									  "description" : "Meter_in_hall_A",
									  "app_id" : "app_1",
									  "extension_info" : { "site" : "hall A" }
									}""")))
	@ApiResponse(responseCode = "201", description = "Created: the device, with its secret",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = DeviceResponse.class),
					examples = @ExampleObject(name = "created", summary = "The new device",
							value = "{\n" + DEVICE
									+ """
											  "auth_info" : { "auth_type" : "SECRET", "secret" : "3b935a250c50dc2c6d481d048cefdc3c", "secure_access" : true, "timeout" : 300 },
											"""
									+ PRODUCT_AND_STATUS + """
											  "create_time" : "20240627T081530Z",
											  "extension_info" : { "site" : "hall A" }
											}""")))
	@ErrorAnswers
	DeviceResponse add(@IotdaParameters.ProjectId String projectId, @IotdaParameters.InstanceId String instanceId,
			AddDeviceRequest request);

	@Operation(operationId = "ListDevices", summary = "List devices",
			description = "Devices of the project and instance, newest first, optionally filtered. gateway_id lists "
					+ "the sub-devices of that device (is_cascade_query=true: at every level). page.count is every "
					+ "device matching the filters; page.marker is the record id of the last device on the page.")
	@ApiResponse(responseCode = "200", description = "OK: one page of devices",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ListDevicesResponse.class),
					examples = @ExampleObject(name = "page", summary = "The only device",
							value = "{\n  \"devices\" : [ {\n" + DEVICE + """
									  "fw_version" : "V1.0.0",
									  "product_id" : "d1b2c3",
									  "product_name" : "SmartMeter",
									  "status" : "INACTIVE"
									  } ],
									  "page" : { "count" : 1, "marker" : "66a1c2d3e4f5a6b7c8d9e0f1" }
									}""")))
	@ErrorAnswers
	ListDevicesResponse list(@IotdaParameters.ProjectId String projectId, @IotdaParameters.InstanceId String instanceId,
			@Parameter(description = "Only devices of this product",
					schema = @Schema(type = "string", maxLength = 36)) @Pattern(regexp = ApiParameters.PRODUCT_ID,
							message = "must be 1 to 36 of A-Za-z0-9_-") String productId,
			@Parameter(description = "Only the sub-devices of this device",
					schema = @Schema(type = "string", maxLength = 128)) @Pattern(regexp = ApiParameters.DEVICE_ID,
							message = "must be 1 to 128 of A-Za-z0-9_-") String gatewayId,
			@Parameter(description = "With gateway_id: true lists its sub-devices at every level, false (default) "
					+ "only the first", schema = @Schema(type = "boolean")) Boolean isCascadeQuery,
			@Parameter(description = "Only devices with this node id",
					schema = @Schema(type = "string", maxLength = 64)) @Pattern(regexp = ApiParameters.NODE_ID,
							message = "must be 1 to 64 of A-Za-z0-9_-") String nodeId,
			@Parameter(description = "Only devices with this name (the whole name, emulator)",
					schema = @Schema(type = "string", maxLength = 256)) @Pattern(regexp = ApiParameters.DEVICE_NAME,
							message = "must be 1 to 256 letters, digits or _?'#().,&%@!- characters") String deviceName,
			@IotdaParameters.LimitParam @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
			@IotdaParameters.MarkerParam @Pattern(regexp = ObjectIds.MARKER_PATTERN,
					message = "must be 24 of a-f0-9") String marker,
			@IotdaParameters.OffsetParam @Min(0) @Max(PageRequest.MAX_OFFSET) Integer offset,
			@Parameter(
					description = "Only devices registered at or after this time, yyyyMMdd'T'HHmmss'Z' "
							+ "(else IOTDA.000009)",
					example = "20240627T000000Z", schema = @Schema(type = "string")) String startTime,
			@Parameter(
					description = "Only devices registered at or before this time, yyyyMMdd'T'HHmmss'Z'; not "
							+ "before start_time (else IOTDA.000010)",
					example = "20240628T000000Z", schema = @Schema(type = "string")) String endTime,
			@AppIdParam String appId);

	@Operation(operationId = "ShowDevice", summary = "Show a device",
			description = "The device; its secret is not shown.")
	@ApiResponse(responseCode = "200", description = "OK: the device",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = DeviceResponse.class),
					examples = @ExampleObject(name = "device", summary = "A device after a firmware upgrade",
							value = "{\n" + DEVICE + """
									  "fw_version" : "V1.0.0",
									  "auth_info" : { "auth_type" : "SECRET", "secure_access" : true },
									""" + PRODUCT_AND_STATUS + """
									  "create_time" : "20240627T081530Z",
									  "extension_info" : { "site" : "hall A" }
									}""")))
	@ErrorAnswers
	DeviceResponse show(@IotdaParameters.ProjectId String projectId, @DeviceId String deviceId,
			@IotdaParameters.InstanceId String instanceId);

	@Operation(operationId = "UpdateDevice", summary = "Update a device",
			description = "Changes the device's name, description, extension information and authentication "
					+ "settings; absent fields stay as they are.")
	@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
			schema = @Schema(implementation = UpdateDeviceRequest.class),
			examples = @ExampleObject(name = "rename", summary = "Rename a device and move its site", value = """
					{
					  "device_name" : "Meter_0001_hall_B",
					  "extension_info" : { "site" : "hall B" },
					  "auth_info" : { "secure_access" : true, "timeout" : 0 }
					}""")))
	@ApiResponse(responseCode = "200", description = "OK: the device as changed",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = DeviceResponse.class),
					examples = @ExampleObject(name = "updated", summary = "The renamed device", value = """
							{
							  "app_id" : "app_1",
							  "device_id" : "d1b2c3_meter-0001",
							  "node_id" : "meter-0001",
							  "gateway_id" : "d1b2c3_meter-0001",
							  "device_name" : "Meter_0001_hall_B",
							  "node_type" : "GATEWAY",
							  "description" : "Meter_in_hall_A",
							  "auth_info" : { "auth_type" : "SECRET", "secure_access" : true, "timeout" : 0 },
							""" + PRODUCT_AND_STATUS + """
							  "create_time" : "20240627T081530Z",
							  "extension_info" : { "site" : "hall B" }
							}""")))
	@ErrorAnswers
	DeviceResponse update(@IotdaParameters.ProjectId String projectId, @DeviceId String deviceId,
			@IotdaParameters.InstanceId String instanceId, UpdateDeviceRequest request);

	@Operation(operationId = "DeleteDevice", summary = "Delete a device",
			description = "Deletes the device. Its sub-devices keep their gateway_id (emulator).")
	@ApiResponse(responseCode = "204", description = "No Content: deleted; the body is empty")
	@ErrorAnswers
	void delete(@IotdaParameters.ProjectId String projectId, @DeviceId String deviceId,
			@IotdaParameters.InstanceId String instanceId);

	@Operation(operationId = "FreezeDevice", summary = "Freeze a device",
			description = "Freezes a directly connected device (a sub-device: 403 IOTDA.014038): its status is "
					+ "FROZEN until it is unfrozen. Freezing a frozen device changes nothing (emulator).")
	@ApiResponse(responseCode = "204", description = "No Content: frozen; the body is empty")
	@ErrorAnswers
	void freeze(@IotdaParameters.ProjectId String projectId, @DeviceId String deviceId,
			@IotdaParameters.InstanceId String instanceId);

	@Operation(operationId = "UnfreezeDevice", summary = "Unfreeze a device",
			description = "Unfreezes a frozen device (else 403 IOTDA.014040): it gets back the status it had.")
	@ApiResponse(responseCode = "204", description = "No Content: unfrozen; the body is empty")
	@ErrorAnswers
	void unfreeze(@IotdaParameters.ProjectId String projectId, @DeviceId String deviceId,
			@IotdaParameters.InstanceId String instanceId);

}
