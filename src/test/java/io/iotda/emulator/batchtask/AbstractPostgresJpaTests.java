package io.iotda.emulator.batchtask;

import io.iotda.emulator.support.PostgresProperties;
import io.iotda.emulator.support.TestcontainersConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the persistence tests: JPA and JDBC only, on the real PostgreSQL of
 * {@link io.iotda.emulator.support.TestDatabase}, migrated by Flyway and validated
 * against the entities. One shared context for every subclass, with a small pool:
 * PostgreSQL's connections are shared with every other test JVM on the machine.
 */
@DataJpaTest(properties = "spring.datasource.hikari.maximum-pool-size=5")
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(TestcontainersConfiguration.class)
abstract class AbstractPostgresJpaTests {

	@Autowired
	protected BatchTaskRepository tasks;

	@Autowired
	protected SubtaskRepository subtasks;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected TestEntityManager entityManager;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresProperties.register(registry);
	}

}
