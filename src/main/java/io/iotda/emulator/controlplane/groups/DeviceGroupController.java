package io.iotda.emulator.controlplane.groups;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.batchtask.FieldRules;
import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.controlplane.ControlPlaneExceptions;
import io.iotda.emulator.controlplane.ControlPlaneInput;
import io.iotda.emulator.controlplane.ControlPlaneParameters.GroupId;
import io.iotda.emulator.controlplane.ControlPlaneParameters.InstanceIdHeader;
import io.iotda.emulator.controlplane.ControlPlaneParameters.ProjectIdParam;
import io.iotda.emulator.devicegroup.DeviceGroup;
import io.iotda.emulator.devicegroup.DeviceGroupService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Device groups over the control plane: an alias of IoTDA's device-group API on the same
 * data ({@link DeviceGroupService} keeps them, per project and instance). A group is
 * named by an id the caller chooses and its members are set at once; a group made here is
 * a STATIC group without name that IoTDA's API shows, and the groups made there show
 * here. {@code targets_filter.group_ids} on create expands through the members.
 */
@RestController
@RequestMapping(path = "/_emulator/projects/{project_id}/groups", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Device group alias",
		description = "Device groups by caller-chosen id, the same groups as IoTDA's /device-group API")
class DeviceGroupController {

	private final DeviceGroupService groups;

	private final ControlPlaneInput input;

	DeviceGroupController(DeviceGroupService groups, ControlPlaneInput input) {
		this.groups = groups;
		this.input = input;
	}

	record GroupBody(@JsonProperty("group_id") String groupId, @JsonProperty("devices") List<String> devices) {

		static GroupBody of(DeviceGroup group) {
			return new GroupBody(group.groupId(), group.devices());
		}

	}

	record MembersRequest(@NotNull(message = "is required") @Size(min = 1, max = 30_000,
			message = "must hold 1 to 30000 device ids") @JsonProperty("devices") List<@NotNull(
					message = "must not be null") @Pattern(regexp = FieldRules.DEVICE_ID_PATTERN,
							message = "must be 1 to 128 of A-Za-z0-9_-") String> devices) {
	}

	@GetMapping
	@Operation(summary = "List the groups of a project", description = "Instance-Id header: as on the batch-task API.")
	Map<String, List<GroupBody>> list(@ProjectIdParam @PathVariable("project_id") String projectId,
			@InstanceIdHeader @org.springframework.web.bind.annotation.RequestHeader(name = "Instance-Id",
					required = false) String instanceId) {
		TenantScope scope = TenantScope.of(projectId, instanceId);
		return Map.of("groups",
				this.groups.list(scope.projectId(), scope.instanceId()).stream().map(GroupBody::of).toList());
	}

	@GetMapping("/{group_id}")
	@Operation(summary = "Show a group")
	GroupBody show(@ProjectIdParam @PathVariable("project_id") String projectId,
			@GroupId @PathVariable("group_id") String groupId,
			@InstanceIdHeader @org.springframework.web.bind.annotation.RequestHeader(name = "Instance-Id",
					required = false) String instanceId) {
		TenantScope scope = TenantScope.of(projectId, instanceId);
		return this.groups.find(scope.projectId(), scope.instanceId(), groupId)
			.map(GroupBody::of)
			.orElseThrow(() -> ControlPlaneExceptions.NotFoundException.of("device group", groupId));
	}

	@PutMapping(path = "/{group_id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create or replace a group",
			description = "The devices become the group's only members; a new group is STATIC, without name. "
					+ "IoTDA's limits do not apply here. A DYNAMIC group's members cannot be set (403 IOTDA.003010).")
	GroupBody put(@ProjectIdParam @PathVariable("project_id") String projectId,
			@GroupId @PathVariable("group_id") String groupId,
			@InstanceIdHeader @org.springframework.web.bind.annotation.RequestHeader(name = "Instance-Id",
					required = false) String instanceId,
			@RequestBody MembersRequest request) {
		this.input.check(request);
		TenantScope scope = TenantScope.of(projectId, instanceId);
		return GroupBody
			.of(this.groups.replaceMembers(scope.projectId(), scope.instanceId(), groupId, request.devices()));
	}

	@DeleteMapping("/{group_id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a group",
			description = "With its members (IoTDA's DeleteDeviceGroup wants them removed first); a group with child "
					+ "groups stays (403 IOTDA.003009). Tasks already created over it keep their subtasks.")
	void delete(@ProjectIdParam @PathVariable("project_id") String projectId,
			@GroupId @PathVariable("group_id") String groupId,
			@InstanceIdHeader @org.springframework.web.bind.annotation.RequestHeader(name = "Instance-Id",
					required = false) String instanceId) {
		TenantScope scope = TenantScope.of(projectId, instanceId);
		if (!this.groups.delete(scope.projectId(), scope.instanceId(), groupId)) {
			throw ControlPlaneExceptions.NotFoundException.of("device group", groupId);
		}
	}

}
