package io.iotda.emulator.devicegroup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Device groups, the only code that reads or writes table {@code device_group_member}.
 * The emulator has no device registry: a group is just the devices named as its members,
 * per project and instance, and exists while it has any. Instance ids are given as
 * stored: the empty string for a project's default instance. Callers check identifiers
 * before they get here; the columns hold 64-character project and group ids, 36-character
 * instance ids and 128-character device ids.
 */
@Service
public class DeviceGroupService {

	/**
	 * Rows per INSERT and group ids per IN list: well inside every bind-parameter limit.
	 */
	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	DeviceGroupService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The project's groups in the instance, ordered by group id. */
	public List<DeviceGroup> list(String projectId, String instanceId) {
		Map<String, List<String>> groups = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT group_id, device_id FROM device_group_member WHERE project_id = ? AND instance_id = ? "
					+ "ORDER BY group_id, device_id")
			.params(projectId, instanceId)
			.query((rs) -> {
				groups.computeIfAbsent(rs.getString("group_id"), (id) -> new ArrayList<>())
					.add(rs.getString("device_id"));
			});
		return groups.entrySet().stream().map((group) -> new DeviceGroup(group.getKey(), group.getValue())).toList();
	}

	/** The group, or empty when it has no members. */
	public Optional<DeviceGroup> find(String projectId, String instanceId, String groupId) {
		List<String> members = members(projectId, instanceId, groupId);
		return members.isEmpty() ? Optional.empty() : Optional.of(new DeviceGroup(groupId, members));
	}

	/**
	 * Makes the devices the group's only members (each once; an empty list leaves the
	 * group without members, that is deleted), creating the group if need be; answers the
	 * group as stored.
	 */
	@Transactional
	public DeviceGroup replaceMembers(String projectId, String instanceId, String groupId, Collection<String> devices) {
		deleteGroup(projectId, instanceId, groupId);
		List<String> distinct = new ArrayList<>(new LinkedHashSet<>(devices));
		for (int start = 0; start < distinct.size(); start += CHUNK) {
			List<String> chunk = distinct.subList(start, Math.min(start + CHUNK, distinct.size()));
			List<Object> params = new ArrayList<>(chunk.size() * 4);
			for (String device : chunk) {
				params.addAll(List.of(projectId, instanceId, groupId, device));
			}
			this.jdbc
				.sql("INSERT INTO device_group_member (project_id, instance_id, group_id, device_id) VALUES "
						+ "(?, ?, ?, ?),".repeat(chunk.size() - 1) + "(?, ?, ?, ?)")
				.params(params)
				.update();
		}
		return new DeviceGroup(groupId, members(projectId, instanceId, groupId));
	}

	/** Deletes the group; answers whether it existed. */
	@Transactional
	public boolean delete(String projectId, String instanceId, String groupId) {
		return deleteGroup(projectId, instanceId, groupId) > 0;
	}

	/**
	 * The members of each of the groups, each ordered by device id, keyed by group id in
	 * the order the ids are given (each once); a group without members is left out.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<String>> membersOf(String projectId, String instanceId, Collection<String> groupIds) {
		List<String> distinct = new ArrayList<>(new LinkedHashSet<>(groupIds));
		Map<String, List<String>> found = new LinkedHashMap<>();
		for (int start = 0; start < distinct.size(); start += CHUNK) {
			this.jdbc
				.sql("SELECT group_id, device_id FROM device_group_member WHERE project_id = :project "
						+ "AND instance_id = :instance AND group_id IN (:groups) ORDER BY group_id, device_id")
				.param("project", projectId)
				.param("instance", instanceId)
				.param("groups", distinct.subList(start, Math.min(start + CHUNK, distinct.size())))
				.query((rs) -> {
					found.computeIfAbsent(rs.getString("group_id"), (id) -> new ArrayList<>())
						.add(rs.getString("device_id"));
				});
		}
		Map<String, List<String>> inOrder = new LinkedHashMap<>();
		for (String groupId : distinct) {
			List<String> members = found.get(groupId);
			if (members != null) {
				inOrder.put(groupId, List.copyOf(members));
			}
		}
		return inOrder;
	}

	/** Deletes every group of every project. */
	@Transactional
	public void deleteAll() {
		this.jdbc.sql("DELETE FROM device_group_member").update();
	}

	/** Deletes every group of the project, in every instance. */
	@Transactional
	public void deleteProject(String projectId) {
		this.jdbc.sql("DELETE FROM device_group_member WHERE project_id = ?").param(projectId).update();
	}

	private List<String> members(String projectId, String instanceId, String groupId) {
		return this.jdbc
			.sql("SELECT device_id FROM device_group_member WHERE project_id = ? AND instance_id = ? AND group_id = ? "
					+ "ORDER BY device_id")
			.params(projectId, instanceId, groupId)
			.query(String.class)
			.list();
	}

	private int deleteGroup(String projectId, String instanceId, String groupId) {
		return this.jdbc
			.sql("DELETE FROM device_group_member WHERE project_id = ? AND instance_id = ? AND group_id = ?")
			.params(projectId, instanceId, groupId)
			.update();
	}

}
