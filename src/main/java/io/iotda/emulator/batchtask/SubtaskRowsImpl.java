package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.ObjectIds;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Array;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.util.function.SingletonSupplier;

class SubtaskRowsImpl implements SubtaskRows {

	/**
	 * Rows per INSERT statement: 6 parameters a row stays well under the drivers' limits.
	 */
	static final int ROWS_PER_STATEMENT = 1000;

	private static final String INSERT_PREFIX = "INSERT INTO batch_subtask "
			+ "(id, task_id, target, status, attempts, updated_at, input) VALUES ";

	private static final String FIND_STATES = "SELECT id, target, status FROM batch_subtask "
			+ "WHERE task_id = ? AND target = ANY (?)";

	private static final String MOVE_BY_IDS = "UPDATE batch_subtask SET status = ?, updated_at = ?, "
			+ "next_transition_at = NULL WHERE id = ANY (?)";

	private static final String MOVE_BY_IDS_CLEARING_ERROR = "UPDATE batch_subtask SET status = ?, updated_at = ?, "
			+ "next_transition_at = NULL, error_code = NULL, error_msg = NULL WHERE id = ANY (?)";

	private static final String MOVE_NAMED = "WITH named AS (SELECT id, target, status FROM batch_subtask "
			+ "WHERE task_id = ? AND target = ANY (?)), moved AS (UPDATE batch_subtask s SET status = ?, "
			+ "updated_at = ?, next_transition_at = NULL%s FROM named WHERE s.id = named.id "
			+ "AND named.status = ANY (?) RETURNING s.id) SELECT id, target, status FROM named";

	private static final String MOVE_NAMED_KEEPING_ERROR = MOVE_NAMED.formatted("");

	private static final String MOVE_NAMED_CLEARING_ERROR = MOVE_NAMED
		.formatted(", error_code = NULL, error_msg = NULL");

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final Supplier<Boolean> onPostgres;

	SubtaskRowsImpl(EntityManager entityManager, JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.onPostgres = SingletonSupplier.of(() -> isPostgres(jdbc));
	}

	private static boolean isPostgres(JdbcTemplate jdbc) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(jdbc.getDataSource(),
					DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equals(product);
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database this is", ex);
		}
	}

	@Override
	public void insertWaitting(String taskId, List<String> targets, Map<String, String> inputs, Instant now) {
		Timestamp updatedAt = Timestamp.from(now);
		for (int start = 0; start < targets.size(); start += ROWS_PER_STATEMENT) {
			List<String> chunk = targets.subList(start, Math.min(start + ROWS_PER_STATEMENT, targets.size()));
			StringBuilder sql = new StringBuilder(INSERT_PREFIX.length() + chunk.size() * 20).append(INSERT_PREFIX);
			List<Object> args = new ArrayList<>(chunk.size() * 7);
			for (int i = 0; i < chunk.size(); i++) {
				sql.append((i == 0) ? "(?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?)");
				args.add(ObjectIds.next());
				args.add(taskId);
				args.add(chunk.get(i));
				args.add(SubtaskStatus.WAITTING.wireName());
				args.add(0);
				args.add(updatedAt);
				args.add(inputs.get(chunk.get(i)));
			}
			this.jdbc.update(sql.toString(), args.toArray());
		}
	}

	@Override
	public void setState(String taskId, SubtaskState state, List<String> targets) {
		for (int start = 0; start < targets.size(); start += 1000) {
			List<String> chunk = targets.subList(start, Math.min(start + 1000, targets.size()));
			List<Object> params = new ArrayList<>(List.of(state.status().wireName()));
			params.add(state.errorCode());
			params.add(state.errorMsg());
			params.add(state.attempts());
			params.add(taskId);
			params.addAll(chunk);
			this.jdbc.update(
					"UPDATE batch_subtask SET status = ?, error_code = ?, error_msg = ?, attempts = ? "
							+ "WHERE task_id = ? AND target IN (" + "?,".repeat(chunk.size() - 1) + "?)",
					params.toArray());
		}
	}

	@Override
	public List<Subtask> findPage(String taskId, SubtaskStatus status, String target, String marker, int offset,
			int limit) {
		StringBuilder jpql = new StringBuilder("select s from Subtask s where s.taskId = :taskId and s.id < :marker");
		if (status != null) {
			jpql.append(" and s.status = :status");
		}
		if (target != null) {
			jpql.append(" and s.target = :target");
		}
		jpql.append(" order by s.id desc");
		TypedQuery<Subtask> query = this.entityManager.createQuery(jpql.toString(), Subtask.class)
			.setParameter("taskId", taskId)
			.setParameter("marker", marker)
			.setFirstResult(offset)
			.setMaxResults(limit);
		if (status != null) {
			query.setParameter("status", status);
		}
		if (target != null) {
			query.setParameter("target", target);
		}
		return query.getResultList();
	}

	@Override
	public List<TargetState> findStates(String taskId, Collection<String> targets) {
		return this.jdbc.query(FIND_STATES, (statement) -> {
			statement.setString(1, taskId);
			statement.setArray(2, varcharArray(statement, targets));
		}, SubtaskRowsImpl::targetState);
	}

	@Override
	public int moveByIds(Collection<String> ids, SubtaskStatus to, boolean clearError, Instant now) {
		return this.jdbc.update(clearError ? MOVE_BY_IDS_CLEARING_ERROR : MOVE_BY_IDS, (statement) -> {
			statement.setString(1, to.wireName());
			statement.setTimestamp(2, Timestamp.from(now));
			statement.setArray(3, varcharArray(statement, ids));
		});
	}

	@Override
	public List<TargetState> moveNamed(String taskId, Collection<String> targets, Set<SubtaskStatus> from,
			SubtaskStatus to, boolean clearError, Instant now) {
		if (!this.onPostgres.get()) {
			List<TargetState> states = findStates(taskId, targets);
			List<String> ids = states.stream()
				.filter((state) -> from.contains(state.status()))
				.map(TargetState::id)
				.toList();
			if (!ids.isEmpty()) {
				moveByIds(ids, to, clearError, now);
			}
			return states;
		}
		List<String> fromNames = from.stream().map(SubtaskStatus::wireName).toList();
		return this.jdbc.query(clearError ? MOVE_NAMED_CLEARING_ERROR : MOVE_NAMED_KEEPING_ERROR, (statement) -> {
			statement.setString(1, taskId);
			statement.setArray(2, varcharArray(statement, targets));
			statement.setString(3, to.wireName());
			statement.setTimestamp(4, Timestamp.from(now));
			statement.setArray(5, varcharArray(statement, fromNames));
		}, SubtaskRowsImpl::targetState);
	}

	private static TargetState targetState(ResultSet row, int rowNumber) throws SQLException {
		return new TargetState(row.getString(1), row.getString(2),
				SubtaskStatus.fromWireName(row.getString(3)).orElseThrow());
	}

	private static Array varcharArray(PreparedStatement statement, Collection<String> values) throws SQLException {
		return statement.getConnection().createArrayOf("varchar", values.toArray());
	}

}
