package io.iotda.emulator.batchtask;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The task gauges read the schema's counters through one cached snapshot: a scrape never
 * costs more than two aggregate queries, and a database that cannot be read gives NaN,
 * not stale figures.
 */
class BatchTaskMetricsTests {

	private final AtomicLong nanoTime = new AtomicLong();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private CountingJdbcTemplate jdbc;

	@BeforeEach
	void schema() {
		this.jdbc = new CountingJdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:metrics_" + System.nanoTime()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", ""));
		this.jdbc.execute("RUNSCRIPT FROM 'classpath:db/migration/V1__create_batch_tasks_and_subtasks.sql'");
		new BatchTaskMetrics(this.jdbc, this.nanoTime::get).bindTo(this.registry);
	}

	@AfterEach
	void closeDatabase() {
		this.jdbc.execute("SHUTDOWN");
	}

	@Test
	void countsTasksByStatusAndSubtasksByStatusFromTheTaskCounters() {
		insertTask("000000000000000000000001", "Processing", 10, 4, 3, 1, 2, 0, 0, 0);
		insertTask("000000000000000000000002", "Stopped", 5, 0, 1, 0, 0, 0, 4, 0);
		insertTask("000000000000000000000003", "Processing", 2, 0, 0, 0, 0, 1, 0, 1);

		assertThat(tasks("Processing")).isEqualTo(2.0);
		assertThat(tasks("Stopped")).isEqualTo(1.0);
		assertThat(tasks("Success")).isZero();
		assertThat(subtasks("Processing")).isEqualTo(4.0);
		assertThat(subtasks("Success")).isEqualTo(4.0);
		assertThat(subtasks("Fail")).isEqualTo(1.0);
		assertThat(subtasks("Waitting")).isEqualTo(2.0);
		assertThat(subtasks("FailWaitRetry")).isEqualTo(1.0);
		assertThat(subtasks("Stopped")).isEqualTo(4.0);
		assertThat(subtasks("Removed")).isEqualTo(1.0);
	}

	@Test
	void aScrapeOfEveryGaugeCostsTwoQueriesAndTheSnapshotIsReusedForFiveSeconds() {
		insertTask("000000000000000000000001", "Processing", 3, 3, 0, 0, 0, 0, 0, 0);
		this.registry.getMeters().forEach((meter) -> meter.measure().forEach((measurement) -> measurement.getValue()));
		assertThat(this.jdbc.queries).hasValue(2);
		assertThat(tasks("Processing")).isEqualTo(1.0);

		insertTask("000000000000000000000002", "Processing", 1, 1, 0, 0, 0, 0, 0, 0);
		this.nanoTime.addAndGet(BatchTaskMetrics.MAX_AGE.minusMillis(1).toNanos());
		assertThat(tasks("Processing")).isEqualTo(1.0);
		assertThat(this.jdbc.queries).hasValue(2);

		this.nanoTime.addAndGet(Duration.ofMillis(1).toNanos());
		assertThat(tasks("Processing")).isEqualTo(2.0);
		assertThat(subtasks("Processing")).isEqualTo(4.0);
		assertThat(this.jdbc.queries).hasValue(4);
	}

	@Test
	void reportsNaNWhileTheTablesCannotBeRead() {
		insertTask("000000000000000000000001", "Processing", 3, 3, 0, 0, 0, 0, 0, 0);
		assertThat(tasks("Processing")).isEqualTo(1.0);

		this.jdbc.execute("DROP TABLE batch_subtask");
		this.jdbc.execute("DROP TABLE batch_task");
		this.nanoTime.addAndGet(BatchTaskMetrics.MAX_AGE.toNanos());
		assertThat(tasks("Processing")).isNaN();
		assertThat(subtasks("Processing")).isNaN();
	}

	private double tasks(String status) {
		return this.registry.get("iotda.batchtasks").tag("status", status).gauge().value();
	}

	private double subtasks(String status) {
		return this.registry.get("iotda.subtasks").tag("status", status).gauge().value();
	}

	private void insertTask(String id, String status, int total, int processing, int success, int fail, int waitting,
			int failWaitRetry, int stopped, int removed) {
		this.jdbc.update("""
				INSERT INTO batch_task (id, project_id, instance_id, task_name, task_type, need_confirm, status,
				    stop_requested, total, processing, success, fail, waitting, fail_wait_retry, stopped, removed,
				    create_time)
				VALUES (?, 'p', '', 'metrics', 'firmwareUpgrade', FALSE, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, ?,
				    CURRENT_TIMESTAMP)""", id, status, total, processing, success, fail, waitting, failWaitRetry,
				stopped, removed);
	}

	/** Counts the read queries the gauges make. */
	static final class CountingJdbcTemplate extends JdbcTemplate {

		final AtomicInteger queries = new AtomicInteger();

		CountingJdbcTemplate(javax.sql.DataSource dataSource) {
			super(dataSource);
		}

		@Override
		public void query(String sql, RowCallbackHandler handler) {
			this.queries.incrementAndGet();
			super.query(sql, handler);
		}

		@Override
		public <T> T queryForObject(String sql, RowMapper<T> rowMapper) {
			this.queries.incrementAndGet();
			return super.queryForObject(sql, rowMapper);
		}

	}

}
