package io.iotda.emulator.device;

import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.web.TenantScope;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.stereotype.Component;

/**
 * The SQL of table {@code device}: one row per device, keyed by tenant and device id,
 * with a 24-hex {@code record_id} that lists page over. Work on many devices is
 * set-based: one statement whose ids travel as one SQL array ({@code UNNEST}), never a
 * statement per device (IN lists of thousands of ids are slow on H2). {@code MERGE} needs
 * PostgreSQL 15 or later.
 */
@Component
class DeviceRows {

	private static final String COLUMNS = "record_id, device_id, node_id, device_name, product_id, app_id, "
			+ "gateway_id, node_type, description, fw_version, sw_version, status, status_before_freeze, auth_type, "
			+ "secret, fingerprint, secure_access, auth_timeout, extension_info, create_time";

	private static final String TENANT = "project_id = :project AND instance_id = :instance";

	private final JdbcClient jdbc;

	DeviceRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Device> find(TenantScope scope, String deviceId) {
		return tenant(this.jdbc.sql("SELECT " + COLUMNS + " FROM device WHERE " + TENANT + " AND device_id = :device"),
				scope)
			.param("device", deviceId)
			.query(DeviceRows::device)
			.optional();
	}

	List<Device> all(TenantScope scope) {
		return tenant(this.jdbc.sql("SELECT " + COLUMNS + " FROM device WHERE " + TENANT + " ORDER BY record_id"),
				scope)
			.query(DeviceRows::device)
			.list();
	}

	boolean nodeTaken(TenantScope scope, String productId, String nodeId) {
		return tenant(this.jdbc
			.sql("SELECT count(*) FROM device WHERE " + TENANT + " AND product_id = :product AND node_id = :node"),
				scope)
			.param("product", productId)
			.param("node", nodeId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(TenantScope scope, Device device, Instant created) {
		DeviceAuth auth = device.auth();
		tenant(this.jdbc.sql("INSERT INTO device (project_id, instance_id, " + COLUMNS + ") VALUES (:project, "
				+ ":instance, :record, :device, :node, :name, :product, :app, :gateway, :nodeType, :description, "
				+ "NULL, NULL, :status, NULL, :authType, :secret, :fingerprint, :secureAccess, :timeout, :extension, "
				+ ":created)"), scope)
			.param("record", ObjectIds.next())
			.param("device", device.deviceId())
			.param("node", device.nodeId())
			.param("name", device.deviceName())
			.param("product", device.productId())
			.param("app", device.appId())
			.param("gateway", device.gatewayId())
			.param("nodeType", device.nodeType())
			.param("description", device.description())
			.param("status", device.status())
			.param("authType", (auth != null) ? auth.authType() : null)
			.param("secret", (auth != null) ? auth.secret() : null)
			.param("fingerprint", (auth != null) ? auth.fingerprint() : null)
			.param("secureAccess", (auth != null) ? auth.secureAccess() : null)
			.param("timeout", (auth != null) ? auth.timeout() : null)
			.param("extension", device.extensionInfo())
			.param("created", utc(created))
			.update();
	}

	/**
	 * Registers each id not registered yet as a directly connected device without
	 * product, in one statement; answers how many were new. The ids must be distinct.
	 */
	int insertMissing(TenantScope scope, List<String> deviceIds, Instant created) {
		List<String> recordIds = deviceIds.stream().map((id) -> ObjectIds.next()).toList();
		return this.jdbc
			.sql("INSERT INTO device (record_id, project_id, instance_id, device_id, node_id, gateway_id, node_type, "
					+ "status, create_time) SELECT v.r, ?, ?, v.d, v.d, v.d, '" + Device.GATEWAY + "', '"
					+ Device.INACTIVE + "', ? FROM UNNEST(?, ?) AS v(r, d) WHERE NOT EXISTS (SELECT 1 FROM device x "
					+ "WHERE x.project_id = ? AND x.instance_id = ? AND x.device_id = v.d) ON CONFLICT DO NOTHING")
			.params(scope.projectId(), scope.instanceId(), utc(created), array(recordIds), array(deviceIds),
					scope.projectId(), scope.instanceId())
			.update();
	}

	/** The ones of the ids that are registered devices, in one statement. */
	Set<String> existing(TenantScope scope, List<String> deviceIds) {
		return new HashSet<>(this.jdbc
			.sql("SELECT d.device_id FROM UNNEST(?) AS v(x) JOIN device d ON d.project_id = ? "
					+ "AND d.instance_id = ? AND d.device_id = v.x")
			.params(array(deviceIds), scope.projectId(), scope.instanceId())
			.query(String.class)
			.list());
	}

	/**
	 * Sets {@code column} to {@code value} on the devices that exist, in one statement;
	 * answers how many. The ids must be distinct.
	 */
	int setVersion(TenantScope scope, List<String> deviceIds, String column, String value) {
		return this.jdbc
			.sql("MERGE INTO device USING (SELECT v.x FROM UNNEST(?) AS v(x)) AS n ON device.project_id = ? "
					+ "AND device.instance_id = ? AND device.device_id = n.x WHEN MATCHED THEN UPDATE SET " + column
					+ " = ?")
			.params(array(deviceIds), scope.projectId(), scope.instanceId(), value)
			.update();
	}

	void update(TenantScope scope, Device device) {
		DeviceAuth auth = device.auth();
		tenant(this.jdbc.sql("UPDATE device SET device_name = :name, description = :description, "
				+ "extension_info = :extension, secure_access = :secureAccess, auth_timeout = :timeout WHERE " + TENANT
				+ " AND device_id = :device"), scope)
			.param("name", device.deviceName())
			.param("description", device.description())
			.param("extension", device.extensionInfo())
			.param("secureAccess", (auth != null) ? auth.secureAccess() : null)
			.param("timeout", (auth != null) ? auth.timeout() : null)
			.param("device", device.deviceId())
			.update();
	}

	/** Freezes the device unless it is frozen; keeps the status unfreeze gives back. */
	void freeze(TenantScope scope, String deviceId) {
		tenant(this.jdbc.sql("UPDATE device SET status_before_freeze = status, status = '" + Device.FROZEN + "' WHERE "
				+ TENANT + " AND device_id = :device AND status <> '" + Device.FROZEN + "'"), scope)
			.param("device", deviceId)
			.update();
	}

	/** Gives a frozen device back the status it had. */
	void unfreeze(TenantScope scope, String deviceId) {
		tenant(this.jdbc.sql("UPDATE device SET status = COALESCE(status_before_freeze, '" + Device.INACTIVE
				+ "'), status_before_freeze = NULL WHERE " + TENANT + " AND device_id = :device AND status = '"
				+ Device.FROZEN + "'"), scope)
			.param("device", deviceId)
			.update();
	}

	boolean delete(TenantScope scope, String deviceId) {
		return tenant(this.jdbc.sql("DELETE FROM device WHERE " + TENANT + " AND device_id = :device"), scope)
			.param("device", deviceId)
			.update() > 0;
	}

	void deleteAll() {
		this.jdbc.sql("DELETE FROM device").update();
	}

	void deleteProject(String projectId) {
		this.jdbc.sql("DELETE FROM device WHERE project_id = ?").param(projectId).update();
	}

	Page<Device> page(TenantScope scope, DeviceFilter filter, PageRequest page) {
		String where = where(filter);
		List<Row> rows = bind(
				this.jdbc.sql("SELECT " + COLUMNS + " FROM device WHERE " + where
						+ " AND record_id < :marker ORDER BY record_id DESC LIMIT :limit OFFSET :offset"),
				scope, filter)
			.param("marker", page.marker())
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query((rs, n) -> new Row(rs.getString("record_id"), device(rs, n)))
			.list();
		long count = bind(this.jdbc.sql("SELECT count(*) FROM device WHERE " + where), scope, filter).query(Long.class)
			.single();
		return new Page<>(rows.stream().map(Row::device).toList(), count,
				rows.isEmpty() ? null : rows.get(rows.size() - 1).recordId());
	}

	private static String where(DeviceFilter filter) {
		StringBuilder where = new StringBuilder(TENANT);
		if (filter.productId() != null) {
			where.append(" AND product_id = :product");
		}
		if (filter.gatewayId() != null) {
			// the gateway's sub-devices, not the gateway itself (whose gateway_id is its
			// own id)
			where.append(" AND device_id <> :gateway AND (gateway_id = :gateway");
			if (filter.cascade()) {
				// sub-devices go two levels deep at most: the children's children too
				where.append(" OR gateway_id IN (SELECT c.device_id FROM device c WHERE c.project_id = :project"
						+ " AND c.instance_id = :instance AND c.gateway_id = :gateway AND c.device_id <> :gateway)");
			}
			where.append(")");
		}
		if (filter.nodeId() != null) {
			where.append(" AND node_id = :node");
		}
		if (filter.deviceName() != null) {
			where.append(" AND device_name = :name");
		}
		if (filter.startTime() != null) {
			where.append(" AND create_time >= :start");
		}
		if (filter.endTime() != null) {
			where.append(" AND create_time <= :end");
		}
		if (filter.appId() != null) {
			where.append(" AND app_id = :app");
		}
		return where.toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, TenantScope scope,
			DeviceFilter filter) {
		statement = tenant(statement, scope);
		if (filter.productId() != null) {
			statement = statement.param("product", filter.productId());
		}
		if (filter.gatewayId() != null) {
			statement = statement.param("gateway", filter.gatewayId());
		}
		if (filter.nodeId() != null) {
			statement = statement.param("node", filter.nodeId());
		}
		if (filter.deviceName() != null) {
			statement = statement.param("name", filter.deviceName());
		}
		if (filter.startTime() != null) {
			statement = statement.param("start", utc(filter.startTime()));
		}
		if (filter.endTime() != null) {
			statement = statement.param("end", utc(filter.endTime()));
		}
		if (filter.appId() != null) {
			statement = statement.param("app", filter.appId());
		}
		return statement;
	}

	private static JdbcClient.StatementSpec tenant(JdbcClient.StatementSpec statement, TenantScope scope) {
		return statement.param("project", scope.projectId()).param("instance", scope.instanceId());
	}

	/** The ids as one SQL array: a single bind parameter however many there are. */
	private static SqlTypeValue array(List<String> values) {
		return new AbstractSqlTypeValue() {

			@Override
			protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
				return connection.createArrayOf("varchar", values.toArray());
			}

		};
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Device device(ResultSet rs, int rowNum) throws SQLException {
		String authType = rs.getString("auth_type");
		Boolean secureAccess = rs.getObject("secure_access", Boolean.class);
		Integer timeout = rs.getObject("auth_timeout", Integer.class);
		DeviceAuth auth = (authType != null || secureAccess != null || timeout != null)
				? new DeviceAuth(authType, rs.getString("secret"), rs.getString("fingerprint"), secureAccess, timeout)
				: null;
		return new Device(rs.getString("device_id"), rs.getString("node_id"), rs.getString("device_name"),
				rs.getString("product_id"), rs.getString("app_id"), rs.getString("gateway_id"),
				rs.getString("node_type"), rs.getString("description"), rs.getString("fw_version"),
				rs.getString("sw_version"), rs.getString("status"),
				rs.getObject("create_time", OffsetDateTime.class).toInstant(), auth, rs.getString("extension_info"));
	}

	private record Row(String recordId, Device device) {
	}

}
