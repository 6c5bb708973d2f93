package io.iotda.emulator.devicegroup;

import io.iotda.emulator.web.ObjectIds;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of tables {@code device_group} and {@code device_group_member}, for
 * {@link DeviceGroupService} only. Every statement names the project and instance: a
 * group of one is invisible from another. The default resource space is stored as
 * {@code app_id = ''}.
 */
@Component
class DeviceGroupRows {

	/** Rows per INSERT and ids per IN list: well inside every bind-parameter limit. */
	static final int CHUNK = 1000;

	private static final String DEFAULT_APP = "";

	private static final String GROUP_COLUMNS = "record_id, group_id, name, description, super_group_id, group_type, "
			+ "app_id, dynamic_group_rule, create_time, last_modified_time";

	private final JdbcClient jdbc;

	DeviceGroupRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<GroupDetails> find(String projectId, String instanceId, String groupId) {
		return this.jdbc
			.sql("SELECT " + GROUP_COLUMNS
					+ " FROM device_group WHERE project_id = ? AND instance_id = ? AND group_id = ?")
			.params(projectId, instanceId, groupId)
			.query(DeviceGroupRows::group)
			.optional();
	}

	/**
	 * The group, its row locked until the transaction ends: member changes of one group
	 * take turns.
	 */
	Optional<GroupDetails> lock(String projectId, String instanceId, String groupId) {
		return this.jdbc
			.sql("SELECT " + GROUP_COLUMNS
					+ " FROM device_group WHERE project_id = ? AND instance_id = ? AND group_id = ? FOR UPDATE")
			.params(projectId, instanceId, groupId)
			.query(DeviceGroupRows::group)
			.optional();
	}

	long countGroups(String projectId, String instanceId) {
		return this.jdbc.sql("SELECT count(*) FROM device_group WHERE project_id = ? AND instance_id = ?")
			.params(projectId, instanceId)
			.query(Long.class)
			.single();
	}

	/** Whether another group (not {@code groupId}) of the resource space has the name. */
	boolean nameTaken(String projectId, String instanceId, String appId, String name, String groupId) {
		return this.jdbc
			.sql("SELECT count(*) FROM device_group WHERE project_id = ? AND instance_id = ? AND app_id = ? "
					+ "AND name = ? AND group_id <> ?")
			.params(projectId, instanceId, appKey(appId), name, groupId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(String projectId, String instanceId, GroupDetails group) {
		this.jdbc
			.sql("INSERT INTO device_group (project_id, instance_id, " + GROUP_COLUMNS
					+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(projectId, instanceId, group.recordId(), group.groupId(), group.name(), group.description(),
					group.superGroupId(), group.groupType().name(), appKey(group.appId()), group.dynamicGroupRule(),
					timestamp(group.createTime()), timestamp(group.lastModifiedTime()))
			.update();
	}

	/**
	 * Makes a STATIC group of this id without name, description or parent, unless the
	 * project and instance have one already (then nothing changes).
	 */
	void insertIfAbsent(String projectId, String instanceId, String groupId, Instant now) {
		this.jdbc
			.sql("INSERT INTO device_group (project_id, instance_id, record_id, group_id, group_type, app_id, "
					+ "create_time, last_modified_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
			.params(projectId, instanceId, ObjectIds.next(), groupId, GroupType.STATIC.name(), DEFAULT_APP,
					timestamp(now), timestamp(now))
			.update();
	}

	void update(String projectId, String instanceId, String groupId, String name, String description, Instant now) {
		this.jdbc
			.sql("UPDATE device_group SET name = ?, description = ?, last_modified_time = ? "
					+ "WHERE project_id = ? AND instance_id = ? AND group_id = ?")
			.params(name, description, timestamp(now), projectId, instanceId, groupId)
			.update();
	}

	/** Deletes the group with its members; answers whether it existed. */
	boolean delete(String projectId, String instanceId, String groupId) {
		deleteMembers(projectId, instanceId, groupId);
		return this.jdbc.sql("DELETE FROM device_group WHERE project_id = ? AND instance_id = ? AND group_id = ?")
			.params(projectId, instanceId, groupId)
			.update() > 0;
	}

	long countChildren(String projectId, String instanceId, String groupId) {
		return this.jdbc
			.sql("SELECT count(*) FROM device_group WHERE project_id = ? AND instance_id = ? AND super_group_id = ?")
			.params(projectId, instanceId, groupId)
			.query(Long.class)
			.single();
	}

	/** One page of the groups matching the filter, newest first. */
	List<GroupDetails> page(String projectId, String instanceId, GroupFilter filter, GroupPaging paging) {
		Filtered where = Filtered.of(projectId, instanceId, filter);
		return this.jdbc
			.sql("SELECT " + GROUP_COLUMNS + " FROM device_group WHERE " + where.sql()
					+ " AND record_id < :marker ORDER BY record_id DESC LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("marker", paging.marker())
			.param("limit", paging.limit())
			.param("offset", paging.offset())
			.query(DeviceGroupRows::group)
			.list();
	}

	long count(String projectId, String instanceId, GroupFilter filter) {
		Filtered where = Filtered.of(projectId, instanceId, filter);
		return this.jdbc.sql("SELECT count(*) FROM device_group WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** The groups of the project and instance, ordered by group id. */
	List<GroupDetails> all(String projectId, String instanceId) {
		return this.jdbc
			.sql("SELECT " + GROUP_COLUMNS
					+ " FROM device_group WHERE project_id = ? AND instance_id = ? ORDER BY group_id")
			.params(projectId, instanceId)
			.query(DeviceGroupRows::group)
			.list();
	}

	/** The groups the device is a member of, newest first. */
	List<GroupDetails> groupsOfDevice(String projectId, String instanceId, String deviceId) {
		return this.jdbc
			.sql("SELECT " + qualified("g") + " FROM device_group g JOIN device_group_member m "
					+ "ON m.project_id = g.project_id AND m.instance_id = g.instance_id AND m.group_id = g.group_id "
					+ "WHERE m.project_id = ? AND m.instance_id = ? AND m.device_id = ? ORDER BY g.record_id DESC")
			.params(projectId, instanceId, deviceId)
			.query(DeviceGroupRows::group)
			.list();
	}

	long countGroupsOfDevice(String projectId, String instanceId, String deviceId) {
		return this.jdbc
			.sql("SELECT count(*) FROM device_group_member WHERE project_id = ? AND instance_id = ? AND device_id = ?")
			.params(projectId, instanceId, deviceId)
			.query(Long.class)
			.single();
	}

	long countMembers(String projectId, String instanceId, String groupId) {
		return this.jdbc
			.sql("SELECT count(*) FROM device_group_member WHERE project_id = ? AND instance_id = ? AND group_id = ?")
			.params(projectId, instanceId, groupId)
			.query(Long.class)
			.single();
	}

	boolean isMember(String projectId, String instanceId, String groupId, String deviceId) {
		return this.jdbc
			.sql("SELECT count(*) FROM device_group_member WHERE project_id = ? AND instance_id = ? "
					+ "AND group_id = ? AND device_id = ?")
			.params(projectId, instanceId, groupId, deviceId)
			.query(Long.class)
			.single() > 0;
	}

	/** Adds the devices (none a member yet, each once), each with a new record id. */
	void insertMembers(String projectId, String instanceId, String groupId, List<String> devices) {
		for (int start = 0; start < devices.size(); start += CHUNK) {
			List<String> chunk = devices.subList(start, Math.min(start + CHUNK, devices.size()));
			List<Object> params = new ArrayList<>(chunk.size() * 5);
			for (String device : chunk) {
				params.addAll(List.of(projectId, instanceId, groupId, device, ObjectIds.next()));
			}
			this.jdbc
				.sql("INSERT INTO device_group_member (project_id, instance_id, group_id, device_id, record_id) VALUES "
						+ "(?, ?, ?, ?, ?),".repeat(chunk.size() - 1) + "(?, ?, ?, ?, ?)")
				.params(params)
				.update();
		}
	}

	boolean deleteMember(String projectId, String instanceId, String groupId, String deviceId) {
		return this.jdbc
			.sql("DELETE FROM device_group_member WHERE project_id = ? AND instance_id = ? AND group_id = ? "
					+ "AND device_id = ?")
			.params(projectId, instanceId, groupId, deviceId)
			.update() > 0;
	}

	/** Takes the device out of every group of the project and instance. */
	void deleteMemberships(String projectId, String instanceId, String deviceId) {
		this.jdbc.sql("DELETE FROM device_group_member WHERE project_id = ? AND instance_id = ? AND device_id = ?")
			.params(projectId, instanceId, deviceId)
			.update();
	}

	void deleteMembers(String projectId, String instanceId, String groupId) {
		this.jdbc.sql("DELETE FROM device_group_member WHERE project_id = ? AND instance_id = ? AND group_id = ?")
			.params(projectId, instanceId, groupId)
			.update();
	}

	/** One page of the group's members (record id, then device id), newest first. */
	List<Member> memberPage(String projectId, String instanceId, String groupId, GroupPaging paging) {
		return this.jdbc
			.sql("SELECT record_id, device_id FROM device_group_member WHERE project_id = ? AND instance_id = ? "
					+ "AND group_id = ? AND record_id < ? ORDER BY record_id DESC LIMIT ? OFFSET ?")
			.params(projectId, instanceId, groupId, paging.marker(), paging.limit(), paging.offset())
			.query((rs, row) -> new Member(rs.getString("record_id"), rs.getString("device_id")))
			.list();
	}

	/** The group's members, ordered by device id. */
	List<String> members(String projectId, String instanceId, String groupId) {
		return this.jdbc
			.sql("SELECT device_id FROM device_group_member WHERE project_id = ? AND instance_id = ? AND group_id = ? "
					+ "ORDER BY device_id")
			.params(projectId, instanceId, groupId)
			.query(String.class)
			.list();
	}

	/**
	 * The members of each of the groups (distinct ids), each ordered by device id, keyed
	 * by group id; groups without members are left out.
	 */
	Map<String, List<String>> membersOf(String projectId, String instanceId, List<String> groupIds) {
		Map<String, List<String>> found = new LinkedHashMap<>();
		for (int start = 0; start < groupIds.size(); start += CHUNK) {
			this.jdbc
				.sql("SELECT group_id, device_id FROM device_group_member WHERE project_id = :project "
						+ "AND instance_id = :instance AND group_id IN (:groups) ORDER BY group_id, device_id")
				.param("project", projectId)
				.param("instance", instanceId)
				.param("groups", groupIds.subList(start, Math.min(start + CHUNK, groupIds.size())))
				.query((rs) -> {
					found.computeIfAbsent(rs.getString("group_id"), (id) -> new ArrayList<>())
						.add(rs.getString("device_id"));
				});
		}
		return found;
	}

	/** The stored groups among the ids (distinct), keyed by group id. */
	Map<String, GroupDetails> findAll(String projectId, String instanceId, List<String> groupIds) {
		Map<String, GroupDetails> found = new LinkedHashMap<>();
		for (int start = 0; start < groupIds.size(); start += CHUNK) {
			this.jdbc
				.sql("SELECT " + GROUP_COLUMNS + " FROM device_group WHERE project_id = :project "
						+ "AND instance_id = :instance AND group_id IN (:groups)")
				.param("project", projectId)
				.param("instance", instanceId)
				.param("groups", groupIds.subList(start, Math.min(start + CHUNK, groupIds.size())))
				.query(DeviceGroupRows::group)
				.list()
				.forEach((group) -> found.put(group.groupId(), group));
		}
		return found;
	}

	void deleteAll() {
		this.jdbc.sql("DELETE FROM device_group_member").update();
		this.jdbc.sql("DELETE FROM device_group").update();
	}

	void deleteProject(String projectId) {
		this.jdbc.sql("DELETE FROM device_group_member WHERE project_id = ?").param(projectId).update();
		this.jdbc.sql("DELETE FROM device_group WHERE project_id = ?").param(projectId).update();
	}

	/** A member row: its record id and device. */
	record Member(String recordId, String deviceId) {
	}

	private static String appKey(String appId) {
		return (appId != null) ? appId : DEFAULT_APP;
	}

	private static String qualified(String alias) {
		return alias + "." + GROUP_COLUMNS.replace(", ", ", " + alias + ".");
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static GroupDetails group(ResultSet rs, int row) throws SQLException {
		String appId = rs.getString("app_id");
		return new GroupDetails(rs.getString("record_id"), rs.getString("group_id"), rs.getString("name"),
				rs.getString("description"), rs.getString("super_group_id"),
				GroupType.valueOf(rs.getString("group_type")), DEFAULT_APP.equals(appId) ? null : appId,
				rs.getString("dynamic_group_rule"), instant(rs, "create_time"), instant(rs, "last_modified_time"));
	}

	/** The WHERE clause of a list's filters, with named parameters. */
	private record Filtered(String sql, Map<String, Object> params) {

		static Filtered of(String projectId, String instanceId, GroupFilter filter) {
			StringBuilder sql = new StringBuilder("project_id = :project AND instance_id = :instance");
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("project", projectId);
			params.put("instance", instanceId);
			if (filter.appId() != null) {
				sql.append(" AND app_id = :app");
				params.put("app", filter.appId());
			}
			if (filter.groupType() != null) {
				sql.append(" AND group_type = :type");
				params.put("type", filter.groupType().name());
			}
			if (filter.name() != null) {
				sql.append(" AND name = :name");
				params.put("name", filter.name());
			}
			if (filter.modifiedAfter() != null) {
				sql.append(" AND last_modified_time > :since");
				params.put("since", timestamp(filter.modifiedAfter()));
			}
			return new Filtered(sql.toString(), params);
		}

	}

}
