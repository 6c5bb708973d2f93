package io.iotda.emulator.devicegroup.web;

import io.iotda.emulator.devicegroup.GroupPaging;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;

/**
 * IoTDA's device-group API as documented in the OpenAPI document: operations, examples,
 * answers and the parameters' rules. {@link DeviceGroupController} implements it with the
 * HTTP mapping. As on the batch-task API, the constraints stand here (an implementing
 * method inherits them), and {@code X-Auth-Token} is the document's security scheme, not
 * a parameter.
 */
@Tag(name = "Device groups", description = "The emulated IoTDA v5 device-group API")
interface DeviceGroupApi {

	/** A group as add, show and update answer it. */
	String GROUP_A = """
			{
			  "group_id" : "04ed32dc1b0025b52fe3c01a27c2babc",
			  "name" : "GroupA",
			  "description" : "Water meters of building A",
			  "super_group_id" : "04ed32dc1b0025b52fe3c01a27c2b0a8",
			  "group_type" : "STATIC"
			}""";

	@Operation(operationId = "AddDeviceGroup", summary = "Create a device group",
			description = "A STATIC group (the default), optionally the child of another (five levels at most), or a "
					+ "DYNAMIC group with its dynamic_group_rule, which the emulator stores but does not evaluate. "
					+ "At most 1,000 groups per project and instance; a name is unique in its resource space (app_id).")
	@RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = AddDeviceGroupRequest.class),
					examples = @ExampleObject(name = "child", summary = "A child group", value = """
							{
							  "name" : "GroupA",
							  "description" : "Water meters of building A",
							  "super_group_id" : "04ed32dc1b0025b52fe3c01a27c2b0a8"
							}""")))
	@ApiResponse(responseCode = "201", description = "Created: the group",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = DeviceGroupResponse.class),
					examples = @ExampleObject(name = "created", summary = "A new child group", value = GROUP_A)))
	@GroupErrorAnswers
	DeviceGroupResponse add(@IotdaParameters.ProjectId String projectId, @IotdaParameters.InstanceId String instanceId,
			@Valid AddDeviceGroupRequest request);

	@Operation(operationId = "ListDeviceGroups", summary = "List device groups",
			description = "Groups of the project and instance, newest first. page.count is every group matching the "
					+ "filters; page.marker is the record id of the last group on the page. name and app_id match "
					+ "exactly (emulator); last_modified_time keeps the groups created or updated after it.")
	@ApiResponse(responseCode = "200", description = "OK: one page of groups",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ListDeviceGroupsResponse.class),
					examples = @ExampleObject(name = "page", summary = "The only group", value = """
							{
							  "device_groups" : [ {
							    "group_id" : "04ed32dc1b0025b52fe3c01a27c2babc",
							    "name" : "GroupA",
							    "description" : "Water meters of building A",
							    "group_type" : "STATIC"
							  } ],
							  "page" : { "count" : 1, "marker" : "66a1c2d3e4f5a6b7c8d9e0f1" }
							}""")))
	@GroupErrorAnswers
	ListDeviceGroupsResponse list(@IotdaParameters.ProjectId String projectId,
			@IotdaParameters.InstanceId String instanceId,
			@IotdaParameters.LimitParam @Min(1) @Max(GroupPaging.MAX_LIMIT) Integer limit,
			@IotdaParameters.MarkerParam @Pattern(regexp = ObjectIds.MARKER_PATTERN,
					message = "must be 24 of a-f0-9") String marker,
			@IotdaParameters.OffsetParam @Min(0) @Max(GroupPaging.MAX_OFFSET) Integer offset,
			@Parameter(description = "Only groups created or updated after this time, yyyyMMdd'T'HHmmss'Z' in UTC",
					example = "20151212T121212Z") String lastModifiedTime,
			@Parameter(description = "Only groups of this resource space",
					schema = @Schema(type = "string", maxLength = 36, pattern = GroupFields.APP_ID_PATTERN)) @Pattern(
							regexp = GroupFields.APP_ID_PATTERN,
							message = "must be 1 to 36 of A-Za-z0-9_-") String appId,
			@Parameter(description = "Only groups of this type",
					schema = @Schema(type = "string", allowableValues = { "STATIC", "DYNAMIC" })) @Pattern(
							regexp = GroupFields.GROUP_TYPE_PATTERN,
							message = "must be STATIC or DYNAMIC") String groupType,
			@Parameter(description = "Only the group of this name",
					schema = @Schema(type = "string", maxLength = 64, pattern = GroupFields.TEXT_PATTERN)) @Pattern(
							regexp = GroupFields.TEXT_PATTERN,
							message = "must be 1 to 64 of Chinese characters, letters, digits and _? '#().,&%@!-") String name);

	@Operation(operationId = "ShowDeviceGroup", summary = "Show a device group", description = "The group's details.")
	@ApiResponse(responseCode = "200", description = "OK: the group",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = DeviceGroupResponse.class),
					examples = @ExampleObject(name = "group", summary = "A child group", value = GROUP_A)))
	@GroupErrorAnswers
	DeviceGroupResponse show(@IotdaParameters.ProjectId String projectId, @GroupParameters.GroupId String groupId,
			@IotdaParameters.InstanceId String instanceId);

	@Operation(operationId = "UpdateDeviceGroup", summary = "Update a device group",
			description = "Sets the name and description given; a field left out keeps its value. The name stays "
					+ "unique in the group's resource space.")
	@RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = UpdateDeviceGroupRequest.class),
					examples = @ExampleObject(name = "rename", summary = "A new name and description", value = """
							{
							  "name" : "GroupB",
							  "description" : "Water meters of building B"
							}""")))
	@ApiResponse(responseCode = "200", description = "OK: the group as updated",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = DeviceGroupResponse.class),
					examples = @ExampleObject(name = "renamed", summary = "The renamed group", value = """
							{
							  "group_id" : "04ed32dc1b0025b52fe3c01a27c2babc",
							  "name" : "GroupB",
							  "description" : "Water meters of building B",
							  "group_type" : "STATIC"
							}""")))
	@GroupErrorAnswers
	DeviceGroupResponse update(@IotdaParameters.ProjectId String projectId, @GroupParameters.GroupId String groupId,
			@IotdaParameters.InstanceId String instanceId, @Valid UpdateDeviceGroupRequest request);

	@Operation(operationId = "DeleteDeviceGroup", summary = "Delete a device group",
			description = "Only a group without child groups and without devices: delete the children and remove "
					+ "the devices first (IOTDA.003009 otherwise).")
	@ApiResponse(responseCode = "204", description = "No Content: deleted; the body is empty")
	@GroupErrorAnswers
	void delete(@IotdaParameters.ProjectId String projectId, @GroupParameters.GroupId String groupId,
			@IotdaParameters.InstanceId String instanceId);

	@Operation(operationId = "CreateOrDeleteDeviceInGroup", summary = "Add a device to a group, or remove it",
			description = "action_id addDevice adds the device (at most 20,000 per group, ten groups per device); "
					+ "removeDevice takes it out of the group, the device itself stays. Not for DYNAMIC groups. "
					+ "The emulator keeps no device registry yet: any well-formed device id can be added.")
	@ApiResponse(responseCode = "200", description = "OK: done; the body is empty",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "string"),
					examples = @ExampleObject(name = "done", summary = "Nothing but the status", value = "")))
	@GroupErrorAnswers
	void action(@IotdaParameters.ProjectId String projectId, @GroupParameters.GroupId String groupId,
			@IotdaParameters.InstanceId String instanceId,
			@Parameter(description = "addDevice or removeDevice", required = true,
					schema = @Schema(type = "string", allowableValues = { "addDevice", "removeDevice" })) @Pattern(
							regexp = "^(addDevice|removeDevice)$",
							message = "must be addDevice or removeDevice") String actionId,
			@GroupParameters.DeviceIdQuery String deviceId);

	@Operation(operationId = "ShowDevicesInGroup", summary = "List the devices of a group",
			description = "The group's devices, the last added first. page.count is all of them; page.marker is the "
					+ "record id of the last one on the page. The emulator knows a device's id only. Not for DYNAMIC "
					+ "groups, whose rule the emulator does not evaluate (IOTDA.003010).")
	@ApiResponse(responseCode = "200", description = "OK: one page of the group's devices",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ShowDevicesInGroupResponse.class),
					examples = @ExampleObject(name = "page", summary = "A group of one device", value = """
							{
							  "devices" : [ { "device_id" : "d4922d8a-6c8e-4396-852c-164aefa6638f" } ],
							  "page" : { "count" : 1, "marker" : "66a1c2d3e4f5a6b7c8d9e0a2" }
							}""")))
	@GroupErrorAnswers
	ShowDevicesInGroupResponse devices(@IotdaParameters.ProjectId String projectId,
			@GroupParameters.GroupId String groupId, @IotdaParameters.InstanceId String instanceId,
			@IotdaParameters.LimitParam @Min(1) @Max(GroupPaging.MAX_LIMIT) Integer limit,
			@IotdaParameters.MarkerParam @Pattern(regexp = ObjectIds.MARKER_PATTERN,
					message = "must be 24 of a-f0-9") String marker,
			@IotdaParameters.OffsetParam @Min(0) @Max(GroupPaging.MAX_OFFSET) Integer offset);

	@Operation(operationId = "ListDeviceGroupsByDevice", summary = "List the groups of a device",
			description = "Every group the device is in, the newest group first (no paging: a device is in ten "
					+ "groups at most). A device in no group gets an empty list.")
	@ApiResponse(responseCode = "200", description = "OK: the device's groups",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ListDeviceGroupsByDeviceResponse.class),
					examples = @ExampleObject(name = "groups", summary = "A device in one group", value = """
							{
							  "device_groups" : [ {
							    "group_id" : "04ed32dc1b0025b52fe3c01a27c2babc",
							    "name" : "GroupA",
							    "description" : "Water meters of building A",
							    "super_group_id" : "04ed32dc1b0025b52fe3c01a27c2b0a8",
							    "group_type" : "STATIC"
							  } ]
							}""")))
	@GroupErrorAnswers
	ListDeviceGroupsByDeviceResponse groupsOfDevice(@IotdaParameters.ProjectId String projectId,
			@GroupParameters.DeviceIdPath String deviceId, @IotdaParameters.InstanceId String instanceId);

}
