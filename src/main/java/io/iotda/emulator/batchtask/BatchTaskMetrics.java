package io.iotda.emulator.batchtask;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gauges {@code iotda.batchtasks{status}} and {@code iotda.subtasks{status}}: how many
 * tasks and subtasks are in each status, over every project and instance. One snapshot
 * (two aggregate queries) serves all gauges and is reused for {@link #MAX_AGE}, so a
 * scrape costs at most two queries however many gauges it reads. Subtask counts are the
 * sums of the per-task counters that every subtask change keeps up to date in the same
 * transaction, so no query scans batch_subtask. While the database cannot be read the
 * gauges report NaN (unknown), not stale figures.
 */
@Component
class BatchTaskMetrics implements MeterBinder {

	static final Duration MAX_AGE = Duration.ofSeconds(5);

	private static final Logger logger = LoggerFactory.getLogger(BatchTaskMetrics.class);

	private static final String TASKS_BY_STATUS = "SELECT status, COUNT(*) FROM batch_task GROUP BY status";

	private static final String SUBTASKS_BY_STATUS = """
			SELECT COALESCE(SUM(waitting), 0), COALESCE(SUM(processing), 0), COALESCE(SUM(success), 0),
			       COALESCE(SUM(fail), 0), COALESCE(SUM(fail_wait_retry), 0), COALESCE(SUM(stopped), 0),
			       COALESCE(SUM(removed), 0)
			FROM batch_task""";

	private final JdbcTemplate jdbc;

	private final LongSupplier nanoTime;

	private Snapshot snapshot;

	private long takenAt;

	@Autowired
	BatchTaskMetrics(JdbcTemplate jdbc) {
		this(jdbc, System::nanoTime);
	}

	BatchTaskMetrics(JdbcTemplate jdbc, LongSupplier nanoTime) {
		this.jdbc = jdbc;
		this.nanoTime = nanoTime;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (TaskStatus status : TaskStatus.values()) {
			Gauge.builder("iotda.batchtasks", this, (metrics) -> metrics.snapshot().tasks(status))
				.description("Batch tasks in each status")
				.tag("status", status.wireName())
				.register(registry);
		}
		for (SubtaskStatus status : SubtaskStatus.values()) {
			Gauge.builder("iotda.subtasks", this, (metrics) -> metrics.snapshot().subtasks(status))
				.description("Subtasks (one per target device) in each status")
				.tag("status", status.wireName())
				.register(registry);
		}
	}

	synchronized Snapshot snapshot() {
		long now = this.nanoTime.getAsLong();
		if (this.snapshot == null || now - this.takenAt >= MAX_AGE.toNanos()) {
			this.snapshot = read();
			this.takenAt = now;
		}
		return this.snapshot;
	}

	private Snapshot read() {
		try {
			Map<TaskStatus, Long> tasks = new EnumMap<>(TaskStatus.class);
			this.jdbc.query(TASKS_BY_STATUS, (row) -> {
				long count = row.getLong(2);
				TaskStatus.fromWireName(row.getString(1)).ifPresent((status) -> tasks.put(status, count));
			});
			Map<SubtaskStatus, Long> subtasks = this.jdbc.queryForObject(SUBTASKS_BY_STATUS, (row, n) -> {
				Map<SubtaskStatus, Long> counts = new EnumMap<>(SubtaskStatus.class);
				counts.put(SubtaskStatus.WAITTING, row.getLong(1));
				counts.put(SubtaskStatus.PROCESSING, row.getLong(2));
				counts.put(SubtaskStatus.SUCCESS, row.getLong(3));
				counts.put(SubtaskStatus.FAIL, row.getLong(4));
				counts.put(SubtaskStatus.FAIL_WAIT_RETRY, row.getLong(5));
				counts.put(SubtaskStatus.STOPPED, row.getLong(6));
				counts.put(SubtaskStatus.REMOVED, row.getLong(7));
				return counts;
			});
			return new Snapshot(tasks, subtasks);
		}
		catch (DataAccessException ex) {
			logger.debug("Task gauges not refreshed: {}", ex.toString());
			return Snapshot.UNKNOWN;
		}
	}

	/** Counts at one moment; null maps mean "could not be read". */
	record Snapshot(Map<TaskStatus, Long> taskCounts, Map<SubtaskStatus, Long> subtaskCounts) {

		static final Snapshot UNKNOWN = new Snapshot(null, null);

		double tasks(TaskStatus status) {
			return (this.taskCounts != null) ? this.taskCounts.getOrDefault(status, 0L) : Double.NaN;
		}

		double subtasks(SubtaskStatus status) {
			return (this.subtaskCounts != null) ? this.subtaskCounts.getOrDefault(status, 0L) : Double.NaN;
		}

	}

}
