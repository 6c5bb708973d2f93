package io.iotda.emulator.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL the tests run against, found once per test JVM, in this order:
 * <ol>
 * <li>{@code IOTDA_TEST_DATABASE_URL} (with {@code IOTDA_TEST_DATABASE_USERNAME} and
 * {@code _PASSWORD}) if set;</li>
 * <li>otherwise a Testcontainers {@code postgres:17-alpine} container, if Docker is
 * available;</li>
 * <li>otherwise PostgreSQL at {@code localhost:5432} as user {@code postgres}, in a
 * database created for this run and dropped at its end;</li>
 * <li>otherwise the run fails at once, saying how to provide one.</li>
 * </ol>
 */
public final class TestDatabase {

	private static final String LOCAL_SERVER = "jdbc:postgresql://localhost:5432/";

	private static volatile TestDatabase instance;

	private final String url;

	private final String username;

	private final String password;

	private final String source;

	private final PostgreSQLContainer container;

	private TestDatabase(String url, String username, String password, String source, PostgreSQLContainer container) {
		this.url = url;
		this.username = username;
		this.password = password;
		this.source = source;
		this.container = container;
	}

	public static TestDatabase get() {
		TestDatabase database = instance;
		if (database == null) {
			synchronized (TestDatabase.class) {
				database = instance;
				if (database == null) {
					database = find();
					System.out.println("[TestDatabase] using " + database.source + ": " + database.url);
					instance = database;
				}
			}
		}
		return database;
	}

	public String url() {
		return this.url;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	/**
	 * The Testcontainers container the database runs in, if it does: test contexts take
	 * their connection from it through {@code @ServiceConnection}
	 * ({@link TestcontainersConfiguration}).
	 */
	public Optional<PostgreSQLContainer> container() {
		return Optional.ofNullable(this.container);
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.username, this.password);
	}

	private static TestDatabase find() {
		String configured = System.getenv("IOTDA_TEST_DATABASE_URL");
		if (configured != null && !configured.isBlank()) {
			return new TestDatabase(configured, envOr("IOTDA_TEST_DATABASE_USERNAME", "postgres"),
					envOr("IOTDA_TEST_DATABASE_PASSWORD", ""), "IOTDA_TEST_DATABASE_URL", null);
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"a Testcontainers postgres:17-alpine container", container);
		}
		String name = "iotda_test_" + ProcessHandle.current().pid() + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
		try (Connection admin = DriverManager.getConnection(LOCAL_SERVER + "postgres", "postgres", "");
				Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("""
					No PostgreSQL for the tests. Provide one of:
					  - IOTDA_TEST_DATABASE_URL (and IOTDA_TEST_DATABASE_USERNAME / IOTDA_TEST_DATABASE_PASSWORD),
					  - a Docker engine, for a Testcontainers postgres:17-alpine container,
					  - PostgreSQL on localhost:5432 accepting user 'postgres' without a password
					    (the tests create a database of their own there).
					Connecting to localhost:5432 failed: """ + ex.getMessage(), ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(name)));
		return new TestDatabase(LOCAL_SERVER + name, "postgres", "",
				"PostgreSQL on localhost:5432 (database " + name + ")", null);
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static void dropQuietly(String name) {
		try (Connection admin = DriverManager.getConnection(LOCAL_SERVER + "postgres", "postgres", "");
				Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			System.err.println("[TestDatabase] could not drop " + name + ": " + ex.getMessage());
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
