package io.iotda.emulator.devicegroup;

import io.iotda.emulator.devicegroup.DeviceGroupExceptions.DeviceGroupLimitException;
import io.iotda.emulator.devicegroup.DeviceGroupExceptions.DeviceGroupNameExistsException;
import io.iotda.emulator.devicegroup.DeviceGroupExceptions.DeviceGroupNotEmptyException;
import io.iotda.emulator.devicegroup.DeviceGroupExceptions.DeviceGroupNotFoundException;
import io.iotda.emulator.devicegroup.DeviceGroupExceptions.DynamicGroupMembersException;
import io.iotda.emulator.devicegroup.DeviceGroupExceptions.MembershipConflictException;
import io.iotda.emulator.device.Device;
import io.iotda.emulator.device.DeviceDeleted;
import io.iotda.emulator.device.DeviceRegistry;
import io.iotda.emulator.device.RegistryMode;
import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.web.error.InvalidInputException;
import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.error.IotdaException;
import io.iotda.emulator.web.error.LockConflicts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Device groups, per project and instance: IoTDA's device-group operations, the control
 * plane's alias of them (a caller-chosen group id whose members are set at once), and the
 * members that {@code targets_filter.group_ids} expands to. The only code that writes
 * tables {@code device_group} and {@code device_group_member} (through
 * {@link DeviceGroupRows}).
 * <p>
 * IoTDA's limits hold for its operations: 1,000 groups per project and instance, five
 * levels of groups, 20,000 devices per group, ten groups per device. The control plane's
 * alias is held to none of them. Member changes of one group take turns (the group's row
 * is locked); the limits on groups per project and per device are counted without a lock,
 * so concurrent creates, or adds of one device to different groups, can pass them by the
 * few that raced. Callers check each field's own rule before they get here; the columns
 * hold 64-character project and group ids, 36-character instance ids (the empty string
 * for a project's default instance) and 128-character device ids.
 */
@Service
@Retryable(predicate = LockConflicts.Retry.class, maxRetries = 2, delay = 50, jitter = 25, multiplier = 2)
public class DeviceGroupService {

	/** Groups, parents and children together, in one project and instance. */
	public static final int MAX_GROUPS = 1000;

	/** The deepest a tree of groups may be: a root group is level one. */
	public static final int MAX_LEVELS = 5;

	public static final int MAX_DEVICES_PER_GROUP = 20_000;

	public static final int MAX_GROUPS_PER_DEVICE = 10;

	private final DeviceGroupRows rows;

	private final Clock clock;

	private final DeviceRegistry devices;

	DeviceGroupService(DeviceGroupRows rows, DeviceRegistry devices, Clock clock) {
		this.devices = devices;
		this.rows = rows;
		this.clock = clock;
	}

	// ---- IoTDA's device-group API

	/**
	 * AddDeviceGroup: a new group with an id made as IoTDA makes them (32 lower-case hex
	 * digits).
	 */
	@Transactional
	public GroupDetails addGroup(TenantScope scope, NewDeviceGroup group) {
		GroupType type = (group.groupType() != null) ? group.groupType() : GroupType.STATIC;
		if (type == GroupType.DYNAMIC) {
			if (group.dynamicGroupRule() == null) {
				throw new InvalidInputException("dynamic_group_rule is required for a DYNAMIC group.");
			}
			if (group.superGroupId() != null) {
				throw new InvalidInputException("super_group_id is not for a DYNAMIC group.");
			}
		}
		else if (group.dynamicGroupRule() != null) {
			throw new InvalidInputException("dynamic_group_rule is only for a DYNAMIC group.");
		}
		if (this.rows.countGroups(scope.projectId(), scope.instanceId()) >= MAX_GROUPS) {
			throw new DeviceGroupLimitException(IotdaError.DEVICE_GROUP_LIMIT_REACHED);
		}
		if (group.superGroupId() != null) {
			checkLevels(scope, group.superGroupId());
		}
		String groupId = UUID.randomUUID().toString().replace("-", "");
		Instant now = this.clock.instant();
		GroupDetails stored = new GroupDetails(ObjectIds.next(), groupId, group.name(), group.description(),
				group.superGroupId(), type, group.appId(), group.dynamicGroupRule(), now, now);
		checkNameFree(scope, group.appId(), group.name(), groupId);
		try {
			this.rows.insert(scope.projectId(), scope.instanceId(), stored);
		}
		catch (DuplicateKeyException ex) {
			// a concurrent create took the name between the check and the insert
			throw new DeviceGroupNameExistsException(group.name());
		}
		return stored;
	}

	/** ShowDeviceGroup. */
	@Transactional(readOnly = true)
	public GroupDetails showGroup(TenantScope scope, String groupId) {
		return existing(scope, groupId);
	}

	/**
	 * UpdateDeviceGroup: sets the name and the description given (a null one stays as it
	 * is).
	 */
	@Transactional
	public GroupDetails updateGroup(TenantScope scope, String groupId, String name, String description) {
		GroupDetails group = this.rows.lock(scope.projectId(), scope.instanceId(), groupId)
			.orElseThrow(() -> DeviceGroupNotFoundException.forId(groupId));
		String newName = (name != null) ? name : group.name();
		String newDescription = (description != null) ? description : group.description();
		checkNameFree(scope, group.appId(), newName, groupId);
		Instant now = this.clock.instant();
		try {
			this.rows.update(scope.projectId(), scope.instanceId(), groupId, newName, newDescription, now);
		}
		catch (DuplicateKeyException ex) {
			throw new DeviceGroupNameExistsException(newName);
		}
		return new GroupDetails(group.recordId(), groupId, newName, newDescription, group.superGroupId(),
				group.groupType(), group.appId(), group.dynamicGroupRule(), group.createTime(), now);
	}

	/**
	 * DeleteDeviceGroup: only a group without child groups and without devices, as IoTDA
	 * has it.
	 */
	@Transactional
	public void deleteGroup(TenantScope scope, String groupId) {
		this.rows.lock(scope.projectId(), scope.instanceId(), groupId)
			.orElseThrow(() -> DeviceGroupNotFoundException.forId(groupId));
		long children = this.rows.countChildren(scope.projectId(), scope.instanceId(), groupId);
		long devices = this.rows.countMembers(scope.projectId(), scope.instanceId(), groupId);
		if (children > 0 || devices > 0) {
			throw new DeviceGroupNotEmptyException(children, devices);
		}
		this.rows.delete(scope.projectId(), scope.instanceId(), groupId);
	}

	/** ListDeviceGroups: one page of the groups matching the filter, newest first. */
	@Transactional(readOnly = true)
	public GroupPage<GroupDetails> listGroups(TenantScope scope, GroupFilter filter, GroupPaging paging) {
		List<GroupDetails> page = this.rows.page(scope.projectId(), scope.instanceId(), filter, paging);
		return new GroupPage<>(page, this.rows.count(scope.projectId(), scope.instanceId(), filter),
				page.isEmpty() ? null : page.get(page.size() - 1).recordId());
	}

	/** CreateOrDeleteDeviceInGroup's addDevice. */
	@Transactional
	public void addDevice(TenantScope scope, String groupId, String deviceId) {
		GroupDetails group = lockStatic(scope, groupId);
		if (this.rows.isMember(scope.projectId(), scope.instanceId(), groupId, deviceId)) {
			throw MembershipConflictException.alreadyIn(deviceId);
		}
		if (this.rows.countMembers(scope.projectId(), scope.instanceId(), groupId) >= MAX_DEVICES_PER_GROUP) {
			throw new DeviceGroupLimitException(IotdaError.GROUP_DEVICE_LIMIT_REACHED);
		}
		if (this.rows.countGroupsOfDevice(scope.projectId(), scope.instanceId(), deviceId) >= MAX_GROUPS_PER_DEVICE) {
			throw new DeviceGroupLimitException(IotdaError.DEVICE_GROUPS_LIMIT_REACHED);
		}
		admit(scope.projectId(), scope.instanceId(), group.groupId(), List.of(deviceId));
	}

	/**
	 * CreateOrDeleteDeviceInGroup's removeDevice: the device stays, only its membership
	 * goes.
	 */
	@Transactional
	public void removeDevice(TenantScope scope, String groupId, String deviceId) {
		lockStatic(scope, groupId);
		if (!this.rows.deleteMember(scope.projectId(), scope.instanceId(), groupId, deviceId)) {
			throw MembershipConflictException.notIn(deviceId);
		}
	}

	/** ShowDevicesInGroup: one page of the group's devices, the last added first. */
	@Transactional(readOnly = true)
	public GroupPage<GroupMember> devicesInGroup(TenantScope scope, String groupId, GroupPaging paging) {
		GroupDetails group = existing(scope, groupId);
		if (group.groupType() == GroupType.DYNAMIC) {
			throw new DynamicGroupMembersException(groupId);
		}
		List<DeviceGroupRows.Member> page = this.rows.memberPage(scope.projectId(), scope.instanceId(), groupId,
				paging);
		return new GroupPage<>(describe(scope, page.stream().map(DeviceGroupRows.Member::deviceId).toList()),
				this.rows.countMembers(scope.projectId(), scope.instanceId(), groupId),
				page.isEmpty() ? null : page.get(page.size() - 1).recordId());
	}

	/** ListDeviceGroupsByDevice: the groups the device is in, the newest group first. */
	@Transactional(readOnly = true)
	public List<GroupDetails> groupsOfDevice(TenantScope scope, String deviceId) {
		return this.rows.groupsOfDevice(scope.projectId(), scope.instanceId(), deviceId);
	}

	// ---- the control plane's alias and the batch-task API's targets_filter

	/** The project's groups in the instance with their members, ordered by group id. */
	@Transactional(readOnly = true)
	public List<DeviceGroup> list(String projectId, String instanceId) {
		List<GroupDetails> groups = this.rows.all(projectId, instanceId);
		Map<String, List<String>> members = this.rows.membersOf(projectId, instanceId,
				groups.stream().map(GroupDetails::groupId).toList());
		return groups.stream()
			.map((group) -> new DeviceGroup(group.groupId(), members.getOrDefault(group.groupId(), List.of())))
			.toList();
	}

	/** The group with its members, however it was made; empty when there is none. */
	@Transactional(readOnly = true)
	public Optional<DeviceGroup> find(String projectId, String instanceId, String groupId) {
		return this.rows.find(projectId, instanceId, groupId)
			.map((group) -> new DeviceGroup(groupId, this.rows.members(projectId, instanceId, groupId)));
	}

	/**
	 * Makes the devices the group's only members (each once), making a STATIC group
	 * without name of that id first if there is none; answers the group as stored. A
	 * DYNAMIC group's members cannot be set.
	 */
	@Transactional
	public DeviceGroup replaceMembers(String projectId, String instanceId, String groupId, Collection<String> devices) {
		this.rows.insertIfAbsent(projectId, instanceId, groupId, this.clock.instant());
		GroupDetails group = this.rows.lock(projectId, instanceId, groupId)
			.orElseThrow(() -> DeviceGroupNotFoundException.forId(groupId));
		if (group.groupType() == GroupType.DYNAMIC) {
			throw new DynamicGroupMembersException(groupId);
		}
		this.rows.deleteMembers(projectId, instanceId, groupId);
		admit(projectId, instanceId, groupId, new ArrayList<>(new LinkedHashSet<>(devices)));
		return new DeviceGroup(groupId, this.rows.members(projectId, instanceId, groupId));
	}

	/**
	 * Deletes the group with its members (unlike DeleteDeviceGroup, which wants it empty
	 * first); a group with child groups stays. Answers whether it existed.
	 */
	@Transactional
	public boolean delete(String projectId, String instanceId, String groupId) {
		if (this.rows.lock(projectId, instanceId, groupId).isEmpty()) {
			return false;
		}
		long children = this.rows.countChildren(projectId, instanceId, groupId);
		if (children > 0) {
			throw new DeviceGroupNotEmptyException(children, this.rows.countMembers(projectId, instanceId, groupId));
		}
		return this.rows.delete(projectId, instanceId, groupId);
	}

	/**
	 * The members of each of the groups, each ordered by device id, keyed by group id in
	 * the order the ids are given (each once). A group without members maps to an empty
	 * list; a group that does not exist is left out.
	 * @throws DynamicGroupMembersException if one of them is a DYNAMIC group, whose
	 * members the emulator cannot tell
	 */
	@Transactional(readOnly = true)
	public Map<String, List<String>> membersOf(String projectId, String instanceId, Collection<String> groupIds) {
		List<String> distinct = new ArrayList<>(new LinkedHashSet<>(groupIds));
		Map<String, GroupDetails> groups = this.rows.findAll(projectId, instanceId, distinct);
		List<String> existing = distinct.stream().filter(groups::containsKey).toList();
		for (String groupId : existing) {
			if (groups.get(groupId).groupType() == GroupType.DYNAMIC) {
				throw new DynamicGroupMembersException(groupId);
			}
		}
		Map<String, List<String>> found = this.rows.membersOf(projectId, instanceId, existing);
		Map<String, List<String>> inOrder = new LinkedHashMap<>();
		for (String groupId : existing) {
			inOrder.put(groupId, List.copyOf(found.getOrDefault(groupId, List.of())));
		}
		return inOrder;
	}

	/** Deletes every group of every project. */
	@Transactional
	public void deleteAll() {
		this.rows.deleteAll();
	}

	/** Deletes every group of the project, in every instance. */
	@Transactional
	public void deleteProject(String projectId) {
		this.rows.deleteProject(projectId);
	}

	// ---- the rules

	/**
	 * The one way devices become members of a group, whichever API names them: they are
	 * new to the group and each named once.
	 */
	private void admit(String projectId, String instanceId, String groupId, List<String> devices) {
		TenantScope scope = new TenantScope(projectId, instanceId);
		if (this.devices.mode() == RegistryMode.STRICT) {
			Set<String> registered = this.devices.registered(scope, devices);
			devices.stream().filter((device) -> !registered.contains(device)).findFirst().ifPresent((unknown) -> {
				throw new IotdaException(IotdaError.DEVICE_NOT_FOUND, "The device " + unknown + " does not exist.");
			});
		}
		else {
			this.devices.registerOnFirstUse(scope, devices);
		}
		this.rows.insertMembers(projectId, instanceId, groupId, devices);
	}

	/** A deleted device leaves its groups, as on IoTDA. */
	@EventListener
	void onDeviceDeleted(DeviceDeleted deleted) {
		this.rows.deleteMemberships(deleted.scope().projectId(), deleted.scope().instanceId(), deleted.deviceId());
	}

	/**
	 * The one place a page of members turns into the devices ShowDevicesInGroup answers.
	 */
	private List<GroupMember> describe(TenantScope scope, List<String> deviceIds) {
		Map<String, Device> known = this.devices.findAll(scope, deviceIds);
		return deviceIds.stream().map((id) -> GroupMember.of(id, known.get(id))).toList();
	}

	private GroupDetails existing(TenantScope scope, String groupId) {
		return this.rows.find(scope.projectId(), scope.instanceId(), groupId)
			.orElseThrow(() -> DeviceGroupNotFoundException.forId(groupId));
	}

	/** The group, locked for a change of its members, which must be a STATIC group. */
	private GroupDetails lockStatic(TenantScope scope, String groupId) {
		GroupDetails group = this.rows.lock(scope.projectId(), scope.instanceId(), groupId)
			.orElseThrow(() -> DeviceGroupNotFoundException.forId(groupId));
		if (group.groupType() == GroupType.DYNAMIC) {
			throw new DynamicGroupMembersException(groupId);
		}
		return group;
	}

	/** The super group exists, and a child of it is at most the fifth level. */
	private void checkLevels(TenantScope scope, String superGroupId) {
		int level = 1;
		String parent = superGroupId;
		while (parent != null) {
			level++;
			if (level > MAX_LEVELS) {
				throw new DeviceGroupLimitException(IotdaError.DEVICE_GROUP_TOO_DEEP);
			}
			Optional<GroupDetails> found = this.rows.find(scope.projectId(), scope.instanceId(), parent);
			if (found.isEmpty()) {
				if (parent.equals(superGroupId)) {
					throw DeviceGroupNotFoundException.forSuperGroup(superGroupId);
				}
				return;
			}
			parent = found.get().superGroupId();
		}
	}

	private void checkNameFree(TenantScope scope, String appId, String name, String groupId) {
		if (name != null && this.rows.nameTaken(scope.projectId(), scope.instanceId(), appId, name, groupId)) {
			throw new DeviceGroupNameExistsException(name);
		}
	}

}
