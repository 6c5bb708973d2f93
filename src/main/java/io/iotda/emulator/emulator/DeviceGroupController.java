package io.iotda.emulator.emulator;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.batchtask.FieldRules;
import io.iotda.emulator.batchtask.TenantScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
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
 * Device groups: the emulator has no device registry, so {@code targets_filter.group_ids}
 * on create expands through these members (table {@code device_group_member}), per
 * project and instance.
 */
@RestController
@RequestMapping(path = "/_emulator/projects/{project_id}/groups", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Device groups", description = "Groups that targets_filter.group_ids expands to devices")
class DeviceGroupController {

	private final JdbcClient jdbc;

	private final ControlPlaneInput input;

	DeviceGroupController(JdbcClient jdbc, ControlPlaneInput input) {
		this.jdbc = jdbc;
		this.input = input;
	}

	record GroupBody(@JsonProperty("group_id") String groupId, @JsonProperty("devices") List<String> devices) {
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
		Map<String, List<String>> groups = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT group_id, device_id FROM device_group_member WHERE project_id = ? AND instance_id = ? "
					+ "ORDER BY group_id, device_id")
			.params(scope.projectId(), scope.instanceId())
			.query((rs) -> {
				groups.computeIfAbsent(rs.getString("group_id"), (id) -> new ArrayList<>())
					.add(rs.getString("device_id"));
			});
		return Map.of("groups",
				groups.entrySet().stream().map((e) -> new GroupBody(e.getKey(), e.getValue())).toList());
	}

	@GetMapping("/{group_id}")
	@Operation(summary = "Show a group")
	GroupBody show(@ProjectIdParam @PathVariable("project_id") String projectId,
			@GroupId @PathVariable("group_id") String groupId,
			@InstanceIdHeader @org.springframework.web.bind.annotation.RequestHeader(name = "Instance-Id",
					required = false) String instanceId) {
		List<String> members = members(TenantScope.of(projectId, instanceId), groupId);
		if (members.isEmpty()) {
			throw ControlPlaneExceptions.NotFoundException.of("device group", groupId);
		}
		return new GroupBody(groupId, members);
	}

	@PutMapping(path = "/{group_id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Transactional
	@Operation(summary = "Create or replace a group", description = "The devices become the group's only members.")
	GroupBody put(@ProjectIdParam @PathVariable("project_id") String projectId,
			@GroupId @PathVariable("group_id") String groupId,
			@InstanceIdHeader @org.springframework.web.bind.annotation.RequestHeader(name = "Instance-Id",
					required = false) String instanceId,
			@RequestBody MembersRequest request) {
		this.input.check(request);
		List<String> devices = new ArrayList<>(new LinkedHashSet<>(request.devices()));
		TenantScope scope = TenantScope.of(projectId, instanceId);
		this.jdbc.sql("DELETE FROM device_group_member WHERE project_id = ? AND instance_id = ? AND group_id = ?")
			.params(scope.projectId(), scope.instanceId(), groupId)
			.update();
		for (int start = 0; start < devices.size(); start += 1000) {
			List<String> chunk = devices.subList(start, Math.min(start + 1000, devices.size()));
			List<Object> params = new ArrayList<>(chunk.size() * 4);
			for (String device : chunk) {
				params.addAll(List.of(scope.projectId(), scope.instanceId(), groupId, device));
			}
			this.jdbc
				.sql("INSERT INTO device_group_member (project_id, instance_id, group_id, device_id) VALUES "
						+ "(?, ?, ?, ?),".repeat(chunk.size() - 1) + "(?, ?, ?, ?)")
				.params(params)
				.update();
		}
		return new GroupBody(groupId, members(scope, groupId));
	}

	@DeleteMapping("/{group_id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a group", description = "Tasks already created over it keep their subtasks.")
	void delete(@ProjectIdParam @PathVariable("project_id") String projectId,
			@GroupId @PathVariable("group_id") String groupId,
			@InstanceIdHeader @org.springframework.web.bind.annotation.RequestHeader(name = "Instance-Id",
					required = false) String instanceId) {
		TenantScope scope = TenantScope.of(projectId, instanceId);
		int deleted = this.jdbc
			.sql("DELETE FROM device_group_member WHERE project_id = ? AND instance_id = ? AND group_id = ?")
			.params(scope.projectId(), scope.instanceId(), groupId)
			.update();
		if (deleted == 0) {
			throw ControlPlaneExceptions.NotFoundException.of("device group", groupId);
		}
	}

	private List<String> members(TenantScope scope, String groupId) {
		return this.jdbc
			.sql("SELECT device_id FROM device_group_member WHERE project_id = ? AND instance_id = ? AND group_id = ? "
					+ "ORDER BY device_id")
			.params(scope.projectId(), scope.instanceId(), groupId)
			.query(String.class)
			.list();
	}

}
