package io.iotda.emulator.otapackage;

import io.iotda.emulator.otapackage.OtaPackageExceptions.OtaPackageNotFoundException;
import io.iotda.emulator.otapackage.OtaPackageExceptions.OtaPackageVersionExistsException;
import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.web.TenantScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * OTA upgrade packages, the only code that reads or writes table {@code ota_package}.
 * Packages are scoped by project and instance like batch tasks: one made in one instance
 * does not exist in another. Callers check the fields before they get here
 * ({@link NewOtaPackage}); whether the product exists is not this module's to say.
 */
@Service
public class OtaPackages {

	/** Package ids per IN list: well inside every bind-parameter limit. */
	private static final int CHUNK = 1000;

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, app_id, package_type, product_id, version, support_source_versions, "
			+ "description, custom_info, obs_region_name, obs_bucket_name, obs_object_key, obs_sign, create_time";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	OtaPackages(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Stores a new package under a new id; a product has one package of a type and
	 * version.
	 * @throws OtaPackageVersionExistsException when the product already has it
	 */
	@Transactional
	public OtaPackage create(TenantScope scope, NewOtaPackage request) {
		return create(scope, ObjectIds.next(), request);
	}

	/**
	 * Stores a new package under a chosen id (demo data, fixtures): 24 of {@code a-f0-9},
	 * not taken.
	 * @throws OtaPackageVersionExistsException when the product already has it
	 */
	@Transactional
	public OtaPackage create(TenantScope scope, String packageId, NewOtaPackage request) {
		OtaPackage created = new OtaPackage(packageId, request.appId(), request.packageType(), request.productId(),
				request.version(), request.supportSourceVersions(), request.description(), request.customInfo(),
				request.location(), this.clock.instant());
		if (versionExists(scope, request)) {
			throw new OtaPackageVersionExistsException(request.productId(), request.packageType(), request.version());
		}
		ObsLocation location = created.location();
		try {
			this.jdbc.sql("INSERT INTO ota_package (id, project_id, instance_id, app_id, package_type, product_id, "
					+ "version, support_source_versions, description, custom_info, obs_region_name, obs_bucket_name, "
					+ "obs_object_key, obs_sign, create_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(created.packageId(), scope.projectId(), scope.instanceId(), created.appId(),
						created.packageType().name(), created.productId(), created.version(),
						(created.supportSourceVersions() != null)
								? this.json.writeValueAsString(created.supportSourceVersions()) : null,
						created.description(), created.customInfo(), location.regionName(), location.bucketName(),
						location.objectKey(), location.sign(), Timestamp.from(created.createTime()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// a concurrent create of the same version won
			throw new OtaPackageVersionExistsException(request.productId(), request.packageType(), request.version());
		}
		return created;
	}

	/** The package, if the tenant has one of this id. */
	@Transactional(readOnly = true)
	public Optional<OtaPackage> find(TenantScope scope, String packageId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM ota_package WHERE id = ? AND project_id = ? AND instance_id = ?")
			.params(packageId, scope.projectId(), scope.instanceId())
			.query(this::map)
			.optional();
	}

	/**
	 * The tenant's packages of these ids that exist, keyed by id in the order the ids are
	 * given (each once).
	 */
	@Transactional(readOnly = true)
	public Map<String, OtaPackage> findAll(TenantScope scope, Collection<String> packageIds) {
		List<String> distinct = new ArrayList<>(new LinkedHashSet<>(packageIds));
		Map<String, OtaPackage> found = new LinkedHashMap<>();
		for (int start = 0; start < distinct.size(); start += CHUNK) {
			this.jdbc
				.sql("SELECT " + COLUMNS + " FROM ota_package WHERE project_id = :project AND instance_id = :instance"
						+ " AND id IN (:ids)")
				.param("project", scope.projectId())
				.param("instance", scope.instanceId())
				.param("ids", distinct.subList(start, Math.min(start + CHUNK, distinct.size())))
				.query(this::map)
				.list()
				.forEach((otaPackage) -> found.put(otaPackage.packageId(), otaPackage));
		}
		Map<String, OtaPackage> inOrder = new LinkedHashMap<>();
		for (String id : distinct) {
			OtaPackage otaPackage = found.get(id);
			if (otaPackage != null) {
				inOrder.put(id, otaPackage);
			}
		}
		return inOrder;
	}

	/** The package, or {@link OtaPackageNotFoundException}. */
	@Transactional(readOnly = true)
	public OtaPackage show(TenantScope scope, String packageId) {
		return find(scope, packageId).orElseThrow(OtaPackageNotFoundException::new);
	}

	/**
	 * A page of the tenant's packages of one type, newest first: ids below
	 * {@code marker}, after skipping {@code offset}, at most {@code limit}; optionally
	 * only those of one application, product or version.
	 */
	@Transactional(readOnly = true)
	public OtaPackagePage list(TenantScope scope, OtaPackageType type, String appId, String productId, String version,
			String marker, int offset, int limit) {
		Filter filter = new Filter(scope, type, appId, productId, version);
		List<OtaPackage> page = filter
			.bind(this.jdbc.sql("SELECT " + COLUMNS + " FROM ota_package WHERE " + filter.where()
					+ " AND id < :marker ORDER BY id DESC LIMIT :limit OFFSET :offset"))
			.param("marker", marker)
			.param("limit", limit)
			.param("offset", offset)
			.query(this::map)
			.list();
		long count = filter.bind(this.jdbc.sql("SELECT COUNT(*) FROM ota_package WHERE " + filter.where()))
			.query(Long.class)
			.single();
		return new OtaPackagePage(page, count, page.isEmpty() ? null : page.get(page.size() - 1).packageId());
	}

	/** Deletes the package; the OBS object it names is not the emulator's to delete. */
	@Transactional
	public void delete(TenantScope scope, String packageId) {
		int deleted = this.jdbc.sql("DELETE FROM ota_package WHERE id = ? AND project_id = ? AND instance_id = ?")
			.params(packageId, scope.projectId(), scope.instanceId())
			.update();
		if (deleted == 0) {
			throw new OtaPackageNotFoundException();
		}
	}

	/** Every package of the project and instance, oldest first (snapshots). */
	@Transactional(readOnly = true)
	public List<OtaPackage> all(TenantScope scope) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM ota_package WHERE project_id = ? AND instance_id = ? ORDER BY id")
			.params(scope.projectId(), scope.instanceId())
			.query(this::map)
			.list();
	}

	/**
	 * Puts a package back under its id as a snapshot wrote it (fixtures), replacing one
	 * of the same id.
	 */
	@Transactional
	public OtaPackage restore(TenantScope scope, String packageId, NewOtaPackage request) {
		this.jdbc.sql("DELETE FROM ota_package WHERE id = ? AND project_id = ? AND instance_id = ?")
			.params(packageId, scope.projectId(), scope.instanceId())
			.update();
		return create(scope, packageId, request);
	}

	/** Deletes every package of every project. */
	@Transactional
	public void deleteAll() {
		this.jdbc.sql("DELETE FROM ota_package").update();
	}

	/** Deletes every package of the project, in every instance. */
	@Transactional
	public void deleteProject(String projectId) {
		this.jdbc.sql("DELETE FROM ota_package WHERE project_id = ?").param(projectId).update();
	}

	private boolean versionExists(TenantScope scope, NewOtaPackage request) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM ota_package WHERE project_id = ? AND instance_id = ? AND product_id = ? "
					+ "AND package_type = ? AND version = ?")
			.params(scope.projectId(), scope.instanceId(), request.productId(), request.packageType().name(),
					request.version())
			.query(Long.class)
			.single() > 0;
	}

	private OtaPackage map(ResultSet rs, int row) throws SQLException {
		String sourceVersions = rs.getString("support_source_versions");
		return new OtaPackage(rs.getString("id"), rs.getString("app_id"),
				OtaPackageType.valueOf(rs.getString("package_type")), rs.getString("product_id"),
				rs.getString("version"), (sourceVersions != null) ? this.json.readValue(sourceVersions, STRINGS) : null,
				rs.getString("description"), rs.getString("custom_info"),
				new ObsLocation(rs.getString("obs_region_name"), rs.getString("obs_bucket_name"),
						rs.getString("obs_object_key"), rs.getString("obs_sign")),
				rs.getTimestamp("create_time").toInstant());
	}

	/** The list's filters, as SQL and as bound parameters. */
	private record Filter(TenantScope scope, OtaPackageType type, String appId, String productId, String version) {

		String where() {
			StringBuilder where = new StringBuilder(
					"project_id = :project AND instance_id = :instance AND package_type = :type");
			if (this.appId != null) {
				where.append(" AND app_id = :app");
			}
			if (this.productId != null) {
				where.append(" AND product_id = :product");
			}
			if (this.version != null) {
				where.append(" AND version = :version");
			}
			return where.toString();
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			statement = statement.param("project", this.scope.projectId())
				.param("instance", this.scope.instanceId())
				.param("type", this.type.name());
			if (this.appId != null) {
				statement = statement.param("app", this.appId);
			}
			if (this.productId != null) {
				statement = statement.param("product", this.productId);
			}
			if (this.version != null) {
				statement = statement.param("version", this.version);
			}
			return statement;
		}

	}

}
