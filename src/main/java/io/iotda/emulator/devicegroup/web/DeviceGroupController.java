package io.iotda.emulator.devicegroup.web;

import io.iotda.emulator.devicegroup.DeviceGroupService;
import io.iotda.emulator.devicegroup.GroupFilter;
import io.iotda.emulator.devicegroup.GroupPaging;
import io.iotda.emulator.devicegroup.GroupType;
import io.iotda.emulator.devicegroup.NewDeviceGroup;
import io.iotda.emulator.web.IotdaTime;
import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.error.IotdaException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * IoTDA's device-group API: maps paths, headers, query and body, then hands over to
 * {@link DeviceGroupService}. The documentation and the parameters' rules are
 * {@link DeviceGroupApi}'s. (Its bean name tells it from the control plane's alias of the
 * same data, {@code controlplane.groups.DeviceGroupController}.)
 */
@RestController("iotdaDeviceGroupController")
@RequestMapping(path = "/v5/iot/{project_id}", produces = MediaType.APPLICATION_JSON_VALUE)
class DeviceGroupController implements DeviceGroupApi {

	private final DeviceGroupService service;

	DeviceGroupController(DeviceGroupService service) {
		this.service = service;
	}

	@Override
	@PostMapping(path = "/device-group", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	public DeviceGroupResponse add(@PathVariable("project_id") String projectId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestBody AddDeviceGroupRequest request) {
		NewDeviceGroup group = new NewDeviceGroup(request.name(), request.description(), request.superGroupId(),
				request.appId(), groupType(request.groupType()), request.dynamicGroupRule());
		return DeviceGroupResponse.of(this.service.addGroup(TenantScope.of(projectId, instanceId), group));
	}

	@Override
	@GetMapping("/device-group")
	public ListDeviceGroupsResponse list(@PathVariable("project_id") String projectId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestParam(name = "limit", required = false) Integer limit,
			@RequestParam(name = "marker", required = false) String marker,
			@RequestParam(name = "offset", required = false) Integer offset,
			@RequestParam(name = "last_modified_time", required = false) String lastModifiedTime,
			@RequestParam(name = "app_id", required = false) String appId,
			@RequestParam(name = "group_type", required = false) String groupType,
			@RequestParam(name = "name", required = false) String name) {
		GroupFilter filter = new GroupFilter(appId, groupType(groupType), name, time(lastModifiedTime));
		return ListDeviceGroupsResponse.of(this.service.listGroups(TenantScope.of(projectId, instanceId), filter,
				GroupPaging.of(marker, offset, limit)));
	}

	@Override
	@GetMapping("/device-group/{group_id}")
	public DeviceGroupResponse show(@PathVariable("project_id") String projectId,
			@PathVariable("group_id") String groupId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId) {
		return DeviceGroupResponse.of(this.service.showGroup(TenantScope.of(projectId, instanceId), groupId));
	}

	@Override
	@PutMapping(path = "/device-group/{group_id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	public DeviceGroupResponse update(@PathVariable("project_id") String projectId,
			@PathVariable("group_id") String groupId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestBody UpdateDeviceGroupRequest request) {
		return DeviceGroupResponse.of(this.service.updateGroup(TenantScope.of(projectId, instanceId), groupId,
				request.name(), request.description()));
	}

	@Override
	@DeleteMapping("/device-group/{group_id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void delete(@PathVariable("project_id") String projectId, @PathVariable("group_id") String groupId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId) {
		this.service.deleteGroup(TenantScope.of(projectId, instanceId), groupId);
	}

	@Override
	@PostMapping("/device-group/{group_id}/action")
	@ResponseStatus(HttpStatus.OK)
	public void action(@PathVariable("project_id") String projectId, @PathVariable("group_id") String groupId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestParam(name = "action_id") String actionId, @RequestParam(name = "device_id") String deviceId) {
		TenantScope scope = TenantScope.of(projectId, instanceId);
		if ("addDevice".equals(actionId)) {
			this.service.addDevice(scope, groupId, deviceId);
		}
		else {
			this.service.removeDevice(scope, groupId, deviceId);
		}
	}

	@Override
	@GetMapping("/device-group/{group_id}/devices")
	public ShowDevicesInGroupResponse devices(@PathVariable("project_id") String projectId,
			@PathVariable("group_id") String groupId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestParam(name = "limit", required = false) Integer limit,
			@RequestParam(name = "marker", required = false) String marker,
			@RequestParam(name = "offset", required = false) Integer offset) {
		return ShowDevicesInGroupResponse.of(this.service.devicesInGroup(TenantScope.of(projectId, instanceId), groupId,
				GroupPaging.of(marker, offset, limit)));
	}

	@Override
	@PostMapping("/devices/{device_id}/list-device-group")
	public ListDeviceGroupsByDeviceResponse groupsOfDevice(@PathVariable("project_id") String projectId,
			@PathVariable("device_id") String deviceId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId) {
		return ListDeviceGroupsByDeviceResponse
			.of(this.service.groupsOfDevice(TenantScope.of(projectId, instanceId), deviceId));
	}

	/** A validated group type's value (the pattern has refused any other). */
	private static GroupType groupType(String value) {
		return (value != null) ? GroupType.fromWireName(value).orElseThrow() : null;
	}

	private static Instant time(String value) {
		if (value == null) {
			return null;
		}
		try {
			return IotdaTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IotdaException(IotdaError.INVALID_TIME_FORMAT,
					"last_modified_time must be yyyyMMdd'T'HHmmss'Z'.");
		}
	}

}
