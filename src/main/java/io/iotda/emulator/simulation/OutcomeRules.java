package io.iotda.emulator.simulation;

import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.simulation.OutcomeRule.MatchType;
import io.iotda.emulator.simulation.OutcomeRule.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome rules, kept in the database so that every instance on it decides alike. The
 * simulator reads them once per tick.
 */
@Repository
public class OutcomeRules {

	private static final String COLUMNS = "id, position, project_id, match_type, pattern, outcome, error_code, "
			+ "error_msg, fail_attempts";

	private static final Logger logger = LoggerFactory.getLogger(OutcomeRules.class);

	private final JdbcClient jdbc;

	OutcomeRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every rule, in the order they are tried. A stored rule that no longer holds (a
	 * regular expression an earlier version accepted but RE2 does not) is left out with a
	 * warning, so that it cannot stop the simulator; it can still be deleted by id.
	 */
	public List<OutcomeRule> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM sim_outcome_rule ORDER BY position, id")
			.query(OutcomeRules::readOrNull)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.toList();
	}

	private static OutcomeRule readOrNull(ResultSet rs, int row) throws SQLException {
		try {
			return new OutcomeRule(rs.getString("id"), rs.getLong("position"), rs.getString("project_id"),
					MatchType.of(rs.getString("match_type")), rs.getString("pattern"),
					Outcome.of(rs.getString("outcome")), rs.getString("error_code"), rs.getString("error_msg"),
					(Integer) rs.getObject("fail_attempts", Integer.class));
		}
		catch (IllegalArgumentException ex) {
			logger.warn("Outcome rule {} is left out: {}", rs.getString("id"), ex.getMessage());
			return null;
		}
	}

	public Optional<OutcomeRule> findById(String id) {
		return findAll().stream().filter((rule) -> rule.id().equals(id)).findFirst();
	}

	/** Adds a rule after every existing one (or at {@code position} when given). */
	@Transactional
	public OutcomeRule add(OutcomeRule rule) {
		long position = (rule.position() > 0) ? rule.position()
				: this.jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM sim_outcome_rule")
					.query(Long.class)
					.single();
		OutcomeRule stored = new OutcomeRule(ObjectIds.next(), position, rule.projectId(), rule.matchType(),
				rule.pattern(), rule.outcome(), rule.errorCode(), rule.errorMsg(), rule.failAttempts());
		this.jdbc.sql("INSERT INTO sim_outcome_rule (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(stored.id(), stored.position(), stored.projectId(), stored.matchType().wireName(), stored.pattern(),
					stored.outcome().wireName(), stored.errorCode(), stored.errorMsg(), stored.failAttempts())
			.update();
		return stored;
	}

	/** Replaces a rule's content, keeping its id; whether it existed. */
	@Transactional
	public boolean replace(String id, OutcomeRule rule) {
		return this.jdbc
			.sql("UPDATE sim_outcome_rule SET position = COALESCE(?, position), project_id = ?, match_type = ?, "
					+ "pattern = ?, outcome = ?, error_code = ?, error_msg = ?, fail_attempts = ? WHERE id = ?")
			.params((rule.position() > 0) ? rule.position() : null, rule.projectId(), rule.matchType().wireName(),
					rule.pattern(), rule.outcome().wireName(), rule.errorCode(), rule.errorMsg(), rule.failAttempts(),
					id)
			.update() > 0;
	}

	@Transactional
	public boolean delete(String id) {
		return this.jdbc.sql("DELETE FROM sim_outcome_rule WHERE id = ?").param(id).update() > 0;
	}

	/** Deletes every rule, or those of one project. */
	@Transactional
	public int deleteAll(String projectIdOrNull) {
		if (projectIdOrNull == null) {
			return this.jdbc.sql("DELETE FROM sim_outcome_rule").update();
		}
		return this.jdbc.sql("DELETE FROM sim_outcome_rule WHERE project_id = ?").param(projectIdOrNull).update();
	}

}
