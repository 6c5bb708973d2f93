package io.iotda.emulator.batchtask;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

class SubtaskRowsImpl implements SubtaskRows {

	/**
	 * Rows per INSERT statement: 6 parameters a row stays well under the drivers' limits.
	 */
	static final int ROWS_PER_STATEMENT = 1000;

	private static final String INSERT_PREFIX = "INSERT INTO batch_subtask "
			+ "(id, task_id, target, status, attempts, updated_at) VALUES ";

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	SubtaskRowsImpl(EntityManager entityManager, JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	@Override
	public void insertWaitting(String taskId, List<String> targets, Instant now) {
		Timestamp updatedAt = Timestamp.from(now);
		for (int start = 0; start < targets.size(); start += ROWS_PER_STATEMENT) {
			List<String> chunk = targets.subList(start, Math.min(start + ROWS_PER_STATEMENT, targets.size()));
			StringBuilder sql = new StringBuilder(INSERT_PREFIX.length() + chunk.size() * 20).append(INSERT_PREFIX);
			List<Object> args = new ArrayList<>(chunk.size() * 6);
			for (int i = 0; i < chunk.size(); i++) {
				sql.append((i == 0) ? "(?,?,?,?,?,?)" : ",(?,?,?,?,?,?)");
				args.add(ObjectIds.next());
				args.add(taskId);
				args.add(chunk.get(i));
				args.add(SubtaskStatus.WAITTING.wireName());
				args.add(0);
				args.add(updatedAt);
			}
			this.jdbc.update(sql.toString(), args.toArray());
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

}
