package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.TenantScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

class BatchTaskRowsImpl implements BatchTaskRows {

	private static final String LOCK = "SELECT task_type, need_confirm, schedule_time, status, stop_requested, "
			+ "next_due_at, total, processing, success, fail, waitting, fail_wait_retry, stopped, removed "
			+ "FROM batch_task WHERE id = ? AND project_id = ? AND instance_id = ? FOR UPDATE";

	private static final String WRITE = "UPDATE batch_task SET status = ?, next_due_at = ?, total = ?, "
			+ "processing = ?, success = ?, fail = ?, waitting = ?, fail_wait_retry = ?, stopped = ?, removed = ? "
			+ "WHERE id = ?";

	private static final String LOCK_FOR_DELETION = "SELECT id FROM batch_task WHERE id = ? FOR UPDATE";

	private final JdbcTemplate jdbc;

	BatchTaskRowsImpl(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<LockedTask> lockForTargets(String id, TenantScope scope) {
		return this.jdbc.query(LOCK, (row) -> row.next() ? Optional.of(locked(id, row)) : Optional.empty(), id,
				scope.projectId(), scope.instanceId());
	}

	private static LockedTask locked(String id, ResultSet row) throws SQLException {
		TaskProgress progress = TaskProgress.stored(row.getInt("total"), row.getInt("processing"),
				row.getInt("success"), row.getInt("fail"), row.getInt("waitting"), row.getInt("fail_wait_retry"),
				row.getInt("stopped"), row.getInt("removed"));
		return new LockedTask(id, TaskType.fromWireName(row.getString("task_type")).orElseThrow(),
				row.getBoolean("need_confirm"), instant(row.getTimestamp("schedule_time")),
				TaskStatus.fromWireName(row.getString("status")).orElseThrow(), row.getBoolean("stop_requested"),
				progress, instant(row.getTimestamp("next_due_at")));
	}

	@Override
	public void writeProgress(LockedTask task) {
		TaskProgress progress = task.getProgress();
		this.jdbc.update(WRITE, (statement) -> {
			statement.setString(1, task.getStatus().wireName());
			statement.setTimestamp(2, (task.getNextDueAt() != null) ? Timestamp.from(task.getNextDueAt()) : null);
			statement.setInt(3, progress.total());
			statement.setInt(4, progress.count(SubtaskStatus.PROCESSING));
			statement.setInt(5, progress.count(SubtaskStatus.SUCCESS));
			statement.setInt(6, progress.count(SubtaskStatus.FAIL));
			statement.setInt(7, progress.count(SubtaskStatus.WAITTING));
			statement.setInt(8, progress.count(SubtaskStatus.FAIL_WAIT_RETRY));
			statement.setInt(9, progress.count(SubtaskStatus.STOPPED));
			statement.setInt(10, progress.count(SubtaskStatus.REMOVED));
			statement.setString(11, task.getId());
		});
	}

	@Override
	public boolean lockForDeletion(String id) {
		return !this.jdbc.queryForList(LOCK_FOR_DELETION, String.class, id).isEmpty();
	}

	@Override
	public List<String> idsAfter(String projectIdOrNull, String afterId, int limit) {
		if (projectIdOrNull == null) {
			return this.jdbc.queryForList("SELECT id FROM batch_task WHERE id > ? ORDER BY id LIMIT " + limit,
					String.class, afterId);
		}
		return this.jdbc.queryForList(
				"SELECT id FROM batch_task WHERE project_id = ? AND id > ? ORDER BY id LIMIT " + limit, String.class,
				projectIdOrNull, afterId);
	}

	@Override
	public long countSubtasks() {
		Long count = this.jdbc.queryForObject("SELECT COALESCE(SUM(total), 0) FROM batch_task", Long.class);
		return (count != null) ? count : 0;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
