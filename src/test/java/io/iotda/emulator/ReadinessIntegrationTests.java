package io.iotda.emulator;

import static org.hamcrest.Matchers.equalTo;

import io.iotda.emulator.support.TestDatabase;
import io.restassured.RestAssured;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Readiness follows the database: DOWN (503) while it refuses connections, UP again once
 * it is back, while liveness stays UP throughout (a restart would not help). Runs on a
 * database of its own, on the tests' PostgreSQL server, so cutting it off disturbs no
 * other test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ReadinessIntegrationTests {

	private static final String DATABASE = "iotda_readiness_"
			+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) throws SQLException {
		TestDatabase server = TestDatabase.get();
		admin("CREATE DATABASE " + DATABASE);
		String url = server.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + DATABASE + "$1");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", server::username);
		registry.add("spring.datasource.password", server::password);
		registry.add("iotda.demo.enabled", () -> "false");
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
		registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
	}

	@AfterAll
	static void dropDatabase() throws SQLException {
		admin("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
		admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
	}

	@Test
	void readinessIsDownWhileTheDatabaseIsUnreachableAndUpWhenItIsBack() throws Exception {
		readiness().then().statusCode(200).body("components.db.status", equalTo("UP"));

		admin("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS false");
		admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
		try {
			awaitReadiness(503);
			readiness().then()
				.statusCode(503)
				.body("status", equalTo("DOWN"))
				.body("components.db.status", equalTo("DOWN"));
			RestAssured.given().port(this.port).get("/actuator/health/liveness").then().statusCode(200);
		}
		finally {
			admin("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
		}
		awaitReadiness(200);
		readiness().then().statusCode(200).body("status", equalTo("UP"));
	}

	private io.restassured.response.Response readiness() {
		return RestAssured.given().port(this.port).get("/actuator/health/readiness");
	}

	private void awaitReadiness(int status) throws InterruptedException {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (readiness().statusCode() != status && System.nanoTime() < deadline) {
			Thread.sleep(250);
		}
	}

	private static void admin(String sql) throws SQLException {
		try (Connection connection = TestDatabase.get().connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
