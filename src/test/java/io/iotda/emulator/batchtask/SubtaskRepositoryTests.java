package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.web.TenantScope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The subtask table's set-based statements on real PostgreSQL (migrated by Flyway,
 * entities validated against it). Each test runs in a transaction that is rolled back.
 */
class SubtaskRepositoryTests extends AbstractPostgresJpaTests {

	private static final Instant NOW = Instant.parse("2024-06-27T08:15:30Z");

	private static final Instant LATER = Instant.parse("2024-06-27T09:00:00Z");

	@Autowired
	private DataSource dataSource;

	private String taskId;

	private String otherTaskId;

	@BeforeEach
	void createTasks() {
		this.taskId = newTask(20);
		this.otherTaskId = newTask(5);
	}

	@Test
	void insertsOneWaittingRowPerTargetAcrossSeveralMultiRowStatements() {
		List<String> targets = IntStream.range(0, 2_500).mapToObj((i) -> String.format("dev-%05d", i)).toList();
		String id = newTaskRow(targets.size());

		this.subtasks.insertWaitting(id, targets, NOW);

		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"SELECT id, target, status, attempts, updated_at, error_code FROM batch_subtask WHERE task_id = ? ORDER BY id",
				id);
		assertThat(rows).hasSize(2_500);
		assertThat(rows).extracting((row) -> row.get("target")).containsExactlyElementsOf(targets);
		assertThat(rows).extracting((row) -> row.get("status")).containsOnly("Waitting");
		assertThat(rows).extracting((row) -> row.get("attempts")).containsOnly(0);
		assertThat(rows).extracting((row) -> ((Timestamp) row.get("updated_at")).toInstant()).containsOnly(NOW);
		assertThat(rows).extracting((row) -> row.get("error_code")).containsOnlyNulls();
		assertThat(rows).extracting((row) -> (String) row.get("id"))
			.allSatisfy((subtaskId) -> assertThat(subtaskId).matches("[0-9a-f]{24}"))
			.doesNotHaveDuplicates();
	}

	@Test
	void insertsAThousandRowsPerStatementNotOneRoundTripEach() {
		List<String> targets = IntStream.range(0, 2_500).mapToObj((i) -> "dev-" + i).toList();
		String id = newTaskRow(targets.size());
		List<Integer> rowsPerStatement = new ArrayList<>();
		JdbcTemplate counting = new JdbcTemplate(this.dataSource) {
			@Override
			public int update(String sql, Object... args) {
				int rows = super.update(sql, args);
				rowsPerStatement.add(rows);
				return rows;
			}
		};

		new SubtaskRowsImpl(this.entityManager.getEntityManager(), counting).insertWaitting(id, targets, NOW);

		assertThat(rowsPerStatement).containsExactly(1_000, 1_000, 500);
		assertThat(countOf(id)).isEqualTo(2_500);
	}

	@Test
	void insertsNothingForNoTargets() {
		String id = newTaskRow(0);

		this.subtasks.insertWaitting(id, List.of(), NOW);

		assertThat(countOf(id)).isZero();
	}

	@Test
	void givesLaterTargetsHigherIds() {
		List<String> ids = this.jdbc.queryForList("SELECT id FROM batch_subtask WHERE task_id = ? ORDER BY target",
				String.class, this.taskId);

		assertThat(ids).hasSize(20).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void movesEverySubtaskInTheGivenStatusesAndReportsHowMany() {
		setStatus(this.taskId, "Processing", "d01", "d02", "d03");
		setStatus(this.taskId, "FailWaitRetry", "d04");
		setStatus(this.taskId, "Success", "d05", "d06");
		setStatus(this.taskId, "Fail", "d07");

		int moved = this.subtasks.moveAllIn(this.taskId, SubtaskStatus.ACTIVE, SubtaskStatus.STOPPED, false, LATER);

		assertThat(moved).isEqualTo(17);
		assertThat(statusCounts(this.taskId)).containsExactlyInAnyOrderEntriesOf(
				Map.of(SubtaskStatus.STOPPED, 17, SubtaskStatus.SUCCESS, 2, SubtaskStatus.FAIL, 1));
		assertThat(this.jdbc.queryForList(
				"SELECT DISTINCT updated_at FROM batch_subtask WHERE task_id = ? AND status = 'Stopped'",
				Timestamp.class, this.taskId))
			.extracting(Timestamp::toInstant)
			.containsExactly(LATER);
		assertThat(statusCounts(this.otherTaskId)).containsExactlyEntriesOf(Map.of(SubtaskStatus.WAITTING, 5));
	}

	@Test
	void movesNothingWhenNoSubtaskIsInTheGivenStatuses() {
		int moved = this.subtasks.moveAllIn(this.taskId, List.of(SubtaskStatus.FAIL, SubtaskStatus.STOPPED),
				SubtaskStatus.WAITTING, true, LATER);

		assertThat(moved).isZero();
		assertThat(statusCounts(this.taskId)).containsExactlyEntriesOf(Map.of(SubtaskStatus.WAITTING, 20));
	}

	@Test
	void clearsTheErrorOfMovedSubtasksOnlyWhenAsked() {
		setFailed(this.taskId, "d01", "d02");
		setStatus(this.taskId, "Stopped", "d03");

		this.subtasks.moveAllIn(this.taskId, List.of(SubtaskStatus.FAIL), SubtaskStatus.WAITTING, true, LATER);
		assertThat(errorOf(this.taskId, "d01")).isEqualTo(new String[] { null, null });

		setFailed(this.taskId, "d04");
		this.subtasks.moveAllIn(this.taskId, List.of(SubtaskStatus.FAIL), SubtaskStatus.STOPPED, false, LATER);
		assertThat(errorOf(this.taskId, "d04")).isEqualTo(new String[] { "E1", "broken" });
	}

	@Test
	void movesOnlyTheSubtasksNamedById() {
		setFailed(this.taskId, "d01", "d02", "d03");
		List<String> ids = List.of(idOf(this.taskId, "d01"), idOf(this.taskId, "d03"));

		int moved = this.subtasks.moveByIds(ids, SubtaskStatus.WAITTING, true, LATER);

		assertThat(moved).isEqualTo(2);
		assertThat(statusOf(this.taskId, "d01")).isEqualTo("Waitting");
		assertThat(statusOf(this.taskId, "d02")).isEqualTo("Fail");
		assertThat(statusOf(this.taskId, "d03")).isEqualTo("Waitting");
		assertThat(errorOf(this.taskId, "d01")).isEqualTo(new String[] { null, null });
		assertThat(errorOf(this.taskId, "d02")).isEqualTo(new String[] { "E1", "broken" });
	}

	@Test
	void keepsTheErrorOfSubtasksMovedByIdUnlessAsked() {
		setFailed(this.taskId, "d01");

		this.subtasks.moveByIds(List.of(idOf(this.taskId, "d01")), SubtaskStatus.STOPPED, false, LATER);

		assertThat(statusOf(this.taskId, "d01")).isEqualTo("Stopped");
		assertThat(errorOf(this.taskId, "d01")).isEqualTo(new String[] { "E1", "broken" });
	}

	@Test
	void readsTheStatesOfNamedTargetsOfOneTaskOnly() {
		setStatus(this.taskId, "Success", "d02");

		List<TargetState> states = this.subtasks.findStates(this.taskId, List.of("d01", "d02", "nope"));

		assertThat(states).extracting(TargetState::target, TargetState::status)
			.containsExactlyInAnyOrder(tuple("d01", SubtaskStatus.WAITTING), tuple("d02", SubtaskStatus.SUCCESS));
		assertThat(states).extracting(TargetState::id)
			.containsExactlyInAnyOrder(idOf(this.taskId, "d01"), idOf(this.taskId, "d02"));
	}

	@Test
	void movesTheActiveNamedTargetsAndAnswersTheStatesTheyHadBefore() {
		setStatus(this.taskId, "Processing", "d01");
		setStatus(this.taskId, "Success", "d02");
		setFailed(this.taskId, "d03");
		setStatus(this.otherTaskId, "Processing", "d04");

		List<TargetState> before = this.subtasks.moveNamed(this.taskId, List.of("d01", "d02", "d03", "d04", "nope"),
				SubtaskStatus.ACTIVE, SubtaskStatus.STOPPED, false, LATER);

		assertThat(before).extracting(TargetState::target, TargetState::status)
			.containsExactlyInAnyOrder(tuple("d01", SubtaskStatus.PROCESSING), tuple("d02", SubtaskStatus.SUCCESS),
					tuple("d03", SubtaskStatus.FAIL), tuple("d04", SubtaskStatus.WAITTING));
		assertThat(statusOf(this.taskId, "d01")).isEqualTo("Stopped");
		assertThat(statusOf(this.taskId, "d02")).isEqualTo("Success");
		assertThat(statusOf(this.taskId, "d03")).isEqualTo("Fail");
		assertThat(statusOf(this.taskId, "d04")).isEqualTo("Stopped");
		assertThat(statusOf(this.taskId, "d05")).isEqualTo("Waitting");
		assertThat(statusOf(this.otherTaskId, "d04")).isEqualTo("Processing");
		assertThat(this.jdbc.queryForObject("SELECT updated_at FROM batch_subtask WHERE id = ?", Timestamp.class,
				idOf(this.taskId, "d01")))
			.isEqualTo(Timestamp.from(LATER));
		assertThat(errorOf(this.taskId, "d03")).isEqualTo(new String[] { "E1", "broken" });
	}

	@Test
	void clearsTheErrorOfNamedTargetsMovedWhenAsked() {
		setFailed(this.taskId, "d01", "d02");
		setStatus(this.taskId, "Success", "d03");

		List<TargetState> before = this.subtasks.moveNamed(this.taskId, List.of("d01", "d03"),
				EnumSet.of(SubtaskStatus.FAIL, SubtaskStatus.STOPPED), SubtaskStatus.WAITTING, true, LATER);

		assertThat(before).extracting(TargetState::target).containsExactlyInAnyOrder("d01", "d03");
		assertThat(statusOf(this.taskId, "d01")).isEqualTo("Waitting");
		assertThat(errorOf(this.taskId, "d01")).isEqualTo(new String[] { null, null });
		assertThat(errorOf(this.taskId, "d02")).isEqualTo(new String[] { "E1", "broken" });
		assertThat(statusOf(this.taskId, "d03")).isEqualTo("Success");
	}

	@Test
	void findsNoStateAndMovesNothingForTargetsThatAreInNoTask() {
		List<TargetState> before = this.subtasks.moveNamed(this.taskId, List.of("x1", "x2"), SubtaskStatus.ACTIVE,
				SubtaskStatus.STOPPED, false, LATER);

		assertThat(before).isEmpty();
		assertThat(statusCounts(this.taskId)).containsExactly(Map.entry(SubtaskStatus.WAITTING, 20));
	}

	@Test
	void pagesNewestFirst() {
		List<Subtask> page = this.subtasks.findPage(this.taskId, null, null, ObjectIds.FIRST_MARKER, 0, 5);

		assertThat(page).extracting(Subtask::getTarget).containsExactly("d20", "d19", "d18", "d17", "d16");
		assertThat(page).extracting(Subtask::getTaskId).containsOnly(this.taskId);
	}

	@Test
	void pagesOnBelowTheMarker() {
		List<Subtask> first = this.subtasks.findPage(this.taskId, null, null, ObjectIds.FIRST_MARKER, 0, 5);
		String marker = first.get(first.size() - 1).getId();

		List<Subtask> second = this.subtasks.findPage(this.taskId, null, null, marker, 0, 5);

		assertThat(second).extracting(Subtask::getTarget).containsExactly("d15", "d14", "d13", "d12", "d11");
	}

	@Test
	void skipsTheOffsetAfterTheMarker() {
		String marker = idOf(this.taskId, "d16");

		List<Subtask> page = this.subtasks.findPage(this.taskId, null, null, marker, 3, 4);

		assertThat(page).extracting(Subtask::getTarget).containsExactly("d12", "d11", "d10", "d09");
	}

	@Test
	void answersAnEmptyPageBeyondTheLastRecord() {
		assertThat(this.subtasks.findPage(this.taskId, null, null, ObjectIds.FIRST_MARKER, 20, 10)).isEmpty();
		assertThat(this.subtasks.findPage(this.taskId, null, null, idOf(this.taskId, "d01"), 0, 10)).isEmpty();
		assertThat(this.subtasks.findPage(this.taskId, null, null, "000000000000000000000000", 0, 10)).isEmpty();
	}

	@Test
	void filtersPagesByStatusAndByTarget() {
		setStatus(this.taskId, "Fail", "d03", "d07", "d11", "d19");

		assertThat(this.subtasks.findPage(this.taskId, SubtaskStatus.FAIL, null, ObjectIds.FIRST_MARKER, 0, 10))
			.extracting(Subtask::getTarget)
			.containsExactly("d19", "d11", "d07", "d03");
		assertThat(this.subtasks.findPage(this.taskId, SubtaskStatus.FAIL, null, idOf(this.taskId, "d11"), 1, 10))
			.extracting(Subtask::getTarget)
			.containsExactly("d03");
		assertThat(this.subtasks.findPage(this.taskId, null, "d07", ObjectIds.FIRST_MARKER, 0, 10))
			.extracting(Subtask::getTarget, Subtask::getStatus)
			.containsExactly(tuple("d07", SubtaskStatus.FAIL));
		assertThat(this.subtasks.findPage(this.taskId, SubtaskStatus.FAIL, "d08", ObjectIds.FIRST_MARKER, 0, 10))
			.isEmpty();
		assertThat(this.subtasks.findPage(this.otherTaskId, null, "d07", ObjectIds.FIRST_MARKER, 0, 10)).isEmpty();
	}

	@Test
	void readsErrorOutputAndAttemptsIntoTheEntity() {
		setFailed(this.taskId, "d05");
		this.jdbc.update("UPDATE batch_subtask SET output = 'log', attempts = 2 WHERE task_id = ? AND target = 'd05'",
				this.taskId);

		Subtask subtask = this.subtasks.findPage(this.taskId, null, "d05", ObjectIds.FIRST_MARKER, 0, 1).get(0);

		assertThat(subtask.getStatus()).isEqualTo(SubtaskStatus.FAIL);
		assertThat(subtask.getErrorCode()).isEqualTo("E1");
		assertThat(subtask.getErrorMsg()).isEqualTo("broken");
		assertThat(subtask.getOutput()).isEqualTo("log");
		assertThat(subtask.getAttempts()).isEqualTo(2);
		assertThat(subtask.getUpdatedAt()).isEqualTo(NOW);
	}

	@Test
	void countsSubtasksByStatus() {
		setStatus(this.taskId, "Success", "d01", "d02", "d03");
		setStatus(this.taskId, "Removed", "d04");

		assertThat(statusCounts(this.taskId)).containsExactlyInAnyOrderEntriesOf(
				Map.of(SubtaskStatus.WAITTING, 16, SubtaskStatus.SUCCESS, 3, SubtaskStatus.REMOVED, 1));
	}

	@Test
	void tellsWhetherATargetIsInATask() {
		setStatus(this.taskId, "Stopped", "d02");

		assertThat(this.subtasks.existsByTaskIdAndTarget(this.taskId, "d02")).isTrue();
		assertThat(this.subtasks.existsByTaskIdAndTarget(this.taskId, "d99")).isFalse();
		assertThat(this.subtasks.existsByTaskIdAndTargetAndStatus(this.taskId, "d02", SubtaskStatus.STOPPED)).isTrue();
		assertThat(this.subtasks.existsByTaskIdAndTargetAndStatus(this.taskId, "d02", SubtaskStatus.WAITTING))
			.isFalse();
	}

	@Test
	void deletesEverySubtaskOfOneTaskOnly() {
		int deleted = this.subtasks.deleteByTask(this.taskId);

		assertThat(deleted).isEqualTo(20);
		assertThat(countOf(this.taskId)).isZero();
		assertThat(countOf(this.otherTaskId)).isEqualTo(5);
	}

	// ---- helpers
	// ------------------------------------------------------------------------------

	/** A task with subtasks d01, d02, ... inserted in that order. */
	private String newTask(int targets) {
		String id = newTaskRow(targets);
		this.subtasks.insertWaitting(id,
				IntStream.rangeClosed(1, targets).mapToObj((i) -> String.format("d%02d", i)).toList(), NOW);
		return id;
	}

	private String newTaskRow(int targets) {
		String id = ObjectIds.next();
		BatchTask.NewTask spec = new BatchTask.NewTask(null, "t", TaskType.FIRMWARE_UPGRADE, null, false, null, null,
				null, null, null, null, null, null);
		this.tasks.saveAndFlush(new BatchTask(id, TenantScope.of("p1", null), spec, targets, NOW));
		return id;
	}

	private Map<SubtaskStatus, Integer> statusCounts(String taskId) {
		this.entityManager.clear();
		Map<SubtaskStatus, Integer> counts = new EnumMap<>(SubtaskStatus.class);
		this.subtasks.countByStatus(taskId)
			.forEach((row) -> counts.put(row.getStatus(), Math.toIntExact(row.getCount())));
		return counts;
	}

	private void setStatus(String taskId, String status, String... targets) {
		for (String target : targets) {
			assertThat(this.jdbc.update("UPDATE batch_subtask SET status = ? WHERE task_id = ? AND target = ?", status,
					taskId, target))
				.isOne();
		}
	}

	private void setFailed(String taskId, String... targets) {
		for (String target : targets) {
			assertThat(this.jdbc.update("UPDATE batch_subtask SET status = 'Fail', error_code = 'E1', "
					+ "error_msg = 'broken' WHERE task_id = ? AND target = ?", taskId, target))
				.isOne();
		}
	}

	private String idOf(String taskId, String target) {
		return this.jdbc.queryForObject("SELECT id FROM batch_subtask WHERE task_id = ? AND target = ?", String.class,
				taskId, target);
	}

	private String statusOf(String taskId, String target) {
		return this.jdbc.queryForObject("SELECT status FROM batch_subtask WHERE task_id = ? AND target = ?",
				String.class, taskId, target);
	}

	private String[] errorOf(String taskId, String target) {
		return this.jdbc.queryForObject(
				"SELECT error_code, error_msg FROM batch_subtask WHERE task_id = ? AND target = ?",
				(rs, row) -> new String[] { rs.getString(1), rs.getString(2) }, taskId, target);
	}

	private int countOf(String taskId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM batch_subtask WHERE task_id = ?", Integer.class, taskId);
	}

}
