package io.iotda.emulator.devicegroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.iotda.emulator.support.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V6 on both databases the emulator runs on: the member rows of the groups made
 * before IoTDA's device-group API (through the control plane) become STATIC groups
 * without name, every membership gets a record id, and a member needs its group from then
 * on.
 */
class DeviceGroupMigrationTests {

	@Test
	void turnsEarlierGroupsIntoStaticGroupsOnPostgresql() {
		TestDatabase database = TestDatabase.get();
		String schema = "v6_" + UUID.randomUUID().toString().replace("-", "");
		String url = database.url() + (database.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, database.username(), database.password());
		try {
			migrateWithEarlierGroups(dataSource, schema);
		}
		finally {
			new JdbcTemplate(dataSource).execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
	}

	@Test
	void turnsEarlierGroupsIntoStaticGroupsOnTheEmbeddedH2() {
		migrateWithEarlierGroups(new DriverManagerDataSource(
				"jdbc:h2:mem:v6_" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", ""), null);
	}

	private static void migrateWithEarlierGroups(DriverManagerDataSource dataSource, String schema) {
		migrate(dataSource, schema, "2");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("INSERT INTO device_group_member (project_id, instance_id, group_id, device_id) VALUES "
				+ "('p1', '', 'fleet', 'd1'), ('p1', '', 'fleet', 'd2'), ('p1', 'i1', 'fleet', 'd3'), "
				+ "('p2', '', 'g', 'd1')");

		migrate(dataSource, schema, "6");

		List<Map<String, Object>> groups = jdbc.queryForList("SELECT project_id, instance_id, group_id, name, "
				+ "group_type, app_id, super_group_id, record_id FROM device_group ORDER BY project_id, instance_id");
		assertThat(groups)
			.extracting((group) -> group.get("project_id") + "/" + group.get("instance_id") + "/"
					+ group.get("group_id") + " " + group.get("group_type") + " app=" + group.get("app_id") + " name="
					+ group.get("name") + " parent=" + group.get("super_group_id"))
			.containsExactly("p1//fleet STATIC app= name=null parent=null",
					"p1/i1/fleet STATIC app= name=null parent=null", "p2//g STATIC app= name=null parent=null");
		assertThat(groups).extracting((group) -> (String) group.get("record_id"))
			.allMatch((id) -> id.matches("0{20}[0-9]{4}"))
			.doesNotHaveDuplicates();
		assertThat(jdbc.queryForList("SELECT record_id FROM device_group_member", String.class)).hasSize(4)
			.allMatch((id) -> id.matches("0{20}[0-9]{4}"))
			.doesNotHaveDuplicates();
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> jdbc.update("INSERT INTO device_group_member (project_id, instance_id, group_id, "
					+ "device_id, record_id) VALUES ('p1', '', 'no-such-group', 'd1', '000000000000000000000099')"));
		jdbc.update("DELETE FROM device_group WHERE project_id = 'p1' AND instance_id = ''");
		assertThat(jdbc.queryForList("SELECT device_id FROM device_group_member ORDER BY device_id", String.class))
			.as("the members of the deleted group went with it")
			.containsExactly("d1", "d3");
	}

	private static void migrate(DriverManagerDataSource dataSource, String schema, String version) {
		var configuration = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.target(version);
		if (schema != null) {
			configuration.schemas(schema);
		}
		configuration.load().migrate();
	}

}
