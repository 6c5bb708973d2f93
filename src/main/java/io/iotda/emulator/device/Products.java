package io.iotda.emulator.device;

import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.web.error.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products, per project and instance: the only code that writes table {@code product}.
 * The emulator keeps what a device and a package need of a product and returns
 * {@code service_capabilities} as it was given; it evaluates no product model.
 */
@Service
public class Products {

	private static final String COLUMNS = "record_id, product_id, app_id, name, device_type, protocol_type, "
			+ "data_format, manufacturer_name, industry, description, service_capabilities, create_time";

	private static final String TENANT = "project_id = :project AND instance_id = :instance";

	private final JdbcClient jdbc;

	private final Clock clock;

	Products(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The product, if the project and instance have it. */
	@Transactional(readOnly = true)
	public Optional<Product> find(TenantScope scope, String productId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM product WHERE " + TENANT + " AND product_id = :product")
			.param("project", scope.projectId())
			.param("instance", scope.instanceId())
			.param("product", productId)
			.query(Products::product)
			.optional();
	}

	/**
	 * Creates a product as CreateProduct does: its id is the given one or a generated
	 * 24-hex id; {@code data_format} defaults to {@code json}.
	 * @throws InvalidInputException if a field breaks its rule or the id is taken
	 */
	@Transactional
	public Product create(TenantScope scope, NewProduct product) {
		RegistryRules.checkNewProduct(product);
		String recordId = ObjectIds.next();
		String productId = (product.productId() != null) ? product.productId() : recordId;
		if (find(scope, productId).isPresent()) {
			throw taken(productId);
		}
		try {
			this.jdbc
				.sql("INSERT INTO product (project_id, instance_id, " + COLUMNS + ") VALUES (:project, "
						+ ":instance, :record, :product, :app, :name, :deviceType, :protocolType, :dataFormat, "
						+ ":manufacturer, :industry, :description, :capabilities, :created)")
				.param("project", scope.projectId())
				.param("instance", scope.instanceId())
				.param("record", recordId)
				.param("product", productId)
				.param("app", product.appId())
				.param("name", product.name())
				.param("deviceType", product.deviceType())
				.param("protocolType", product.protocolType())
				.param("dataFormat", (product.dataFormat() != null) ? product.dataFormat() : "json")
				.param("manufacturer", product.manufacturerName())
				.param("industry", product.industry())
				.param("description", product.description())
				.param("capabilities", product.serviceCapabilities())
				.param("created",
						OffsetDateTime.ofInstant(Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS),
								ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw taken(productId);
		}
		return find(scope, productId).orElseThrow();
	}

	/**
	 * A page of the tenant's products, newest first, optionally of one resource space and
	 * with one name.
	 */
	@Transactional(readOnly = true)
	public Page<Product> list(TenantScope scope, String appId, String productName, PageRequest page) {
		StringBuilder where = new StringBuilder(TENANT);
		if (appId != null) {
			where.append(" AND app_id = :app");
		}
		if (productName != null) {
			where.append(" AND name = :name");
		}
		List<Row> rows = bind(
				this.jdbc.sql("SELECT " + COLUMNS + " FROM product WHERE " + where
						+ " AND record_id < :marker ORDER BY record_id DESC LIMIT :limit OFFSET :offset"),
				scope, appId, productName)
			.param("marker", page.marker())
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query((rs, n) -> new Row(rs.getString("record_id"), product(rs, n)))
			.list();
		long count = bind(this.jdbc.sql("SELECT count(*) FROM product WHERE " + where), scope, appId, productName)
			.query(Long.class)
			.single();
		return new Page<>(rows.stream().map(Row::product).toList(), count,
				rows.isEmpty() ? null : rows.get(rows.size() - 1).recordId());
	}

	/** Every product of the project and instance, oldest first (snapshots). */
	@Transactional(readOnly = true)
	public List<Product> all(TenantScope scope) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM product WHERE " + TENANT + " ORDER BY record_id")
			.param("project", scope.projectId())
			.param("instance", scope.instanceId())
			.query(Products::product)
			.list();
	}

	/**
	 * Deletes the product; answers whether it existed. Its devices keep their
	 * {@code product_id}.
	 */
	@Transactional
	public boolean delete(TenantScope scope, String productId) {
		return this.jdbc.sql("DELETE FROM product WHERE " + TENANT + " AND product_id = :product")
			.param("project", scope.projectId())
			.param("instance", scope.instanceId())
			.param("product", productId)
			.update() > 0;
	}

	/** Deletes every product of every project. */
	@Transactional
	public void deleteAll() {
		this.jdbc.sql("DELETE FROM product").update();
	}

	/** Deletes every product of the project, in every instance. */
	@Transactional
	public void deleteProject(String projectId) {
		this.jdbc.sql("DELETE FROM product WHERE project_id = ?").param(projectId).update();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, TenantScope scope, String appId,
			String productName) {
		statement = statement.param("project", scope.projectId()).param("instance", scope.instanceId());
		if (appId != null) {
			statement = statement.param("app", appId);
		}
		if (productName != null) {
			statement = statement.param("name", productName);
		}
		return statement;
	}

	private static InvalidInputException taken(String productId) {
		return new InvalidInputException("product_id " + productId + " already exists.");
	}

	private static Product product(ResultSet rs, int rowNum) throws SQLException {
		return new Product(rs.getString("product_id"), rs.getString("app_id"), rs.getString("name"),
				rs.getString("device_type"), rs.getString("protocol_type"), rs.getString("data_format"),
				rs.getString("manufacturer_name"), rs.getString("industry"), rs.getString("description"),
				rs.getString("service_capabilities"), rs.getObject("create_time", OffsetDateTime.class).toInstant());
	}

	private record Row(String recordId, Product product) {
	}

}
