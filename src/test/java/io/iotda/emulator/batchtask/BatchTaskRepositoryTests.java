package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.web.TenantScope;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The task table's queries on real PostgreSQL: tenant scoping, the row lock that
 * serializes changes to one task, list pages and the end of Stopping.
 */
class BatchTaskRepositoryTests extends AbstractPostgresJpaTests {

	private static final Instant NOW = Instant.parse("2024-06-27T08:15:30Z");

	private static final TenantScope P1 = TenantScope.of("p1", null);

	private static final TenantScope P1_I1 = TenantScope.of("p1", "i1");

	private static final TenantScope P2 = TenantScope.of("p2", null);

	@Autowired
	private PlatformTransactionManager transactionManager;

	// ---- scoping
	// ------------------------------------------------------------------------------

	@Test
	void findsATaskOnlyInItsOwnProjectAndInstance() {
		String id = save(task(P1, TaskType.FIRMWARE_UPGRADE, null)).getId();
		this.entityManager.clear();

		assertThat(this.tasks.findInScope(id, P1)).get().extracting(BatchTask::getId).isEqualTo(id);
		assertThat(this.tasks.findInScope(id, P2)).isEmpty();
		assertThat(this.tasks.findInScope(id, P1_I1)).isEmpty();
		assertThat(this.tasks.findInScope("abc", P1)).isEmpty();
	}

	@Test
	void locksATaskOnlyInItsOwnProjectAndInstance() {
		String inInstance = save(task(P1_I1, TaskType.FIRMWARE_UPGRADE, null)).getId();
		this.entityManager.clear();

		assertThat(this.tasks.lockInScope(inInstance, P1_I1)).get()
			.satisfies((task) -> assertThat(task.getInstanceId()).isEqualTo("i1"));
		assertThat(this.tasks.lockInScope(inInstance, P1)).isEmpty();
		assertThat(this.tasks.lockInScope(inInstance, TenantScope.of("p2", "i1"))).isEmpty();
	}

	@Test
	void locksForTargetsOnlyInItsOwnProjectAndInstance() {
		String inInstance = save(task(P1_I1, TaskType.FIRMWARE_UPGRADE, null)).getId();

		assertThat(this.tasks.lockForTargets(inInstance, P1_I1)).get()
			.extracting(LockedTask::getId)
			.isEqualTo(inInstance);
		assertThat(this.tasks.lockForTargets(inInstance, P1)).isEmpty();
		assertThat(this.tasks.lockForTargets(inInstance, TenantScope.of("p2", "i1"))).isEmpty();
		assertThat(this.tasks.lockForTargets("abc", P1_I1)).isEmpty();
	}

	@Test
	void readsTypeStatusAndCountersForTargets() {
		BatchTask task = task(P1, TaskType.SOFTWARE_UPGRADE, null);
		task.recordMoved(SubtaskStatus.WAITTING, SubtaskStatus.SUCCESS, 1, NOW);
		String id = save(task).getId();

		LockedTask locked = this.tasks.lockForTargets(id, P1).orElseThrow();

		assertThat(locked.getTaskType()).isEqualTo(TaskType.SOFTWARE_UPGRADE);
		assertThat(locked.getStatus()).isEqualTo(TaskStatus.PROCESSING);
		assertThat(locked.isNeedConfirm()).isFalse();
		assertThat(locked.getProgress()).isEqualTo(task.getProgress());
		assertThat(locked.getNextDueAt()).isEqualTo(NOW);
	}

	@Test
	void writesBackOnlyCountersStatusAndWhenTheSimulatorLooksNext() {
		BatchTask task = task(P1, TaskType.FIRMWARE_UPGRADE, "app1");
		String id = save(task).getId();
		this.jdbc.update(
				"UPDATE batch_task SET targets = '[\"d1\",\"d2\",\"d3\"]', status_desc = 'kept' " + "WHERE id = ?", id);
		LockedTask locked = this.tasks.lockForTargets(id, P1).orElseThrow();

		locked.recordMoved(SubtaskStatus.WAITTING, SubtaskStatus.STOPPED, 3, NOW);
		locked.dueAt(NOW.plusSeconds(5));
		this.tasks.writeProgress(locked);

		Map<String, Object> row = this.jdbc.queryForMap("SELECT status, waitting, stopped, total, next_due_at, "
				+ "targets, status_desc, app_id, stop_requested FROM batch_task WHERE id = ?", id);
		assertThat(row).containsEntry("status", "Fail")
			.containsEntry("waitting", 0)
			.containsEntry("stopped", 3)
			.containsEntry("total", 3)
			.containsEntry("next_due_at", Timestamp.from(NOW.plusSeconds(5)))
			.containsEntry("targets", "[\"d1\",\"d2\",\"d3\"]")
			.containsEntry("status_desc", "kept")
			.containsEntry("app_id", "app1")
			.containsEntry("stop_requested", false);
	}

	@Test
	void storesTheDefaultInstanceAsAnEmptyString() {
		String id = save(task(P1, TaskType.FIRMWARE_UPGRADE, null)).getId();

		assertThat(this.jdbc.queryForObject("SELECT instance_id FROM batch_task WHERE id = ?", String.class, id))
			.isEmpty();
	}

	@Test
	void storesEnumsAsTheirWireNamesAndReadsThemBack() {
		BatchTask task = task(P1, TaskType.SOFTWARE_UPGRADE, "app1");
		task.recordMoved(SubtaskStatus.WAITTING, SubtaskStatus.SUCCESS, 1, NOW);
		task.recordMoved(SubtaskStatus.WAITTING, SubtaskStatus.FAIL, 2, NOW);
		String id = save(task).getId();
		this.entityManager.clear();

		Map<String, Object> row = this.jdbc
			.queryForMap("SELECT task_type, status, total, success, fail, waitting FROM batch_task WHERE id = ?", id);
		assertThat(row).containsEntry("task_type", "softwareUpgrade")
			.containsEntry("status", "PartialSuccess")
			.containsEntry("total", 3)
			.containsEntry("success", 1)
			.containsEntry("fail", 2)
			.containsEntry("waitting", 0);
		BatchTask read = this.tasks.findById(id).orElseThrow();
		assertThat(read.getTaskType()).isEqualTo(TaskType.SOFTWARE_UPGRADE);
		assertThat(read.getStatus()).isEqualTo(TaskStatus.PARTIAL_SUCCESS);
		assertThat(read.getProgress()).isEqualTo(task.getProgress());
		assertThat(read.getCreateTime()).isEqualTo(NOW);
	}

	// ---- the row lock
	// -----------------------------------------------------------------------

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aSecondLockOnTheSameTaskWaitsUntilTheFirstTransactionCommits() throws Exception {
		try (LockRace race = new LockRace()) {
			String id = race.saveTask();
			Future<?> first = race.holdLock(() -> assertThat(this.tasks.lockInScope(id, race.scope)).isPresent(),
					(present) -> this.jdbc
						.update("UPDATE batch_task SET status_desc = 'changed by the first' WHERE id = ?", id));

			Future<String> second = race
				.inTransaction(() -> this.tasks.lockInScope(id, race.scope).orElseThrow().getStatusDesc());
			awaitBackendsWaitingForALock(1);
			assertThat(second).isNotDone();

			race.releaseFirst();
			first.get(20, TimeUnit.SECONDS);
			assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo("changed by the first");
		}
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aLockForTargetsWaitsForTheEntityLockAndSeesItsChanges() throws Exception {
		try (LockRace race = new LockRace()) {
			String id = race.saveTask();
			Future<?> first = race.holdLock(() -> this.tasks.lockInScope(id, race.scope).orElseThrow(),
					(locked) -> locked.recordMoved(SubtaskStatus.WAITTING, SubtaskStatus.SUCCESS, 2, NOW));

			Future<Integer> second = race.inTransaction(() -> this.tasks.lockForTargets(id, race.scope)
				.orElseThrow()
				.getProgress()
				.count(SubtaskStatus.SUCCESS));
			awaitBackendsWaitingForALock(1);
			assertThat(second).isNotDone();

			race.releaseFirst();
			first.get(20, TimeUnit.SECONDS);
			assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo(2);
		}
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void lockingOneTaskDoesNotHoldUpAnother() throws Exception {
		try (LockRace race = new LockRace()) {
			String held = race.saveTask();
			String other = race.saveTask();
			Future<?> first = race.holdLock(() -> assertThat(this.tasks.lockInScope(held, race.scope)).isPresent(),
					(present) -> {
					});

			Future<String> second = race
				.inTransaction(() -> this.tasks.lockInScope(other, race.scope).orElseThrow().getId());

			assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo(other);
			assertThat(first).isNotDone();
			race.releaseFirst();
			first.get(20, TimeUnit.SECONDS);
		}
	}

	/**
	 * Two transactions on two threads, on tasks of a tenant of their own (deleted at the
	 * end): the first takes a lock and holds it until released, the second runs
	 * meanwhile.
	 */
	private final class LockRace implements AutoCloseable {

		final TenantScope scope = TenantScope.of("locking", null);

		private final TransactionTemplate transaction = new TransactionTemplate(
				BatchTaskRepositoryTests.this.transactionManager);

		private final ExecutorService executor = Executors.newFixedThreadPool(2);

		private final CountDownLatch releaseFirst = new CountDownLatch(1);

		/** A task of the race's tenant, committed. */
		String saveTask() {
			return this.transaction
				.execute((status) -> save(task(this.scope, TaskType.FIRMWARE_UPGRADE, null)).getId());
		}

		/**
		 * The first transaction: {@code lock}, then, once released, {@code beforeCommit}
		 * with what it locked; answers when it holds the lock.
		 */
		<T> Future<?> holdLock(Supplier<T> lock, Consumer<T> beforeCommit) throws InterruptedException {
			CountDownLatch firstLocked = new CountDownLatch(1);
			Future<?> first = this.executor.submit(() -> this.transaction.executeWithoutResult((status) -> {
				T locked = lock.get();
				firstLocked.countDown();
				awaitOrFail(this.releaseFirst);
				beforeCommit.accept(locked);
			}));
			assertThat(firstLocked.await(20, TimeUnit.SECONDS)).isTrue();
			return first;
		}

		/** The second transaction. */
		<T> Future<T> inTransaction(Supplier<T> work) {
			return this.executor.submit(() -> this.transaction.execute((status) -> work.get()));
		}

		void releaseFirst() {
			this.releaseFirst.countDown();
		}

		@Override
		public void close() throws InterruptedException {
			this.releaseFirst.countDown();
			this.executor.shutdownNow();
			assertThat(this.executor.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
			BatchTaskRepositoryTests.this.jdbc.update("DELETE FROM batch_task WHERE project_id = 'locking'");
		}

	}

	// ---- list pages
	// -------------------------------------------------------------------------

	@Test
	void pagesATenantsTasksOfOneTypeNewestFirst() {
		List<String> ids = saveFirmwareTasks(P1, 7, null);
		save(task(P1, TaskType.SOFTWARE_UPGRADE, null));
		save(task(P1_I1, TaskType.FIRMWARE_UPGRADE, null));
		save(task(P2, TaskType.FIRMWARE_UPGRADE, null));

		List<BatchTask> page = this.tasks.findPage(P1, TaskType.FIRMWARE_UPGRADE, null, null, ObjectIds.FIRST_MARKER, 0,
				10);

		assertThat(page).extracting(BatchTask::getId).containsExactlyElementsOf(reversed(ids));
		assertThat(this.tasks.countMatching(P1, TaskType.FIRMWARE_UPGRADE, null, null)).isEqualTo(7);
		assertThat(this.tasks.countMatching(P1_I1, TaskType.FIRMWARE_UPGRADE, null, null)).isEqualTo(1);
		assertThat(this.tasks.countMatching(P2, TaskType.FIRMWARE_UPGRADE, null, null)).isEqualTo(1);
		assertThat(this.tasks.countMatching(P1, TaskType.SOFTWARE_UPGRADE, null, null)).isEqualTo(1);
		assertThat(this.tasks.countMatching(P1, TaskType.MODULE_UPGRADE, null, null)).isZero();
	}

	@Test
	void pagesByLimitMarkerAndOffset() {
		List<String> newestFirst = reversed(saveFirmwareTasks(P1, 7, null));

		List<BatchTask> first = this.tasks.findPage(P1, TaskType.FIRMWARE_UPGRADE, null, null, ObjectIds.FIRST_MARKER,
				0, 3);
		List<BatchTask> second = this.tasks.findPage(P1, TaskType.FIRMWARE_UPGRADE, null, null, first.get(2).getId(), 0,
				3);
		List<BatchTask> skipped = this.tasks.findPage(P1, TaskType.FIRMWARE_UPGRADE, null, null, first.get(2).getId(),
				2, 3);
		List<BatchTask> past = this.tasks.findPage(P1, TaskType.FIRMWARE_UPGRADE, null, null, ObjectIds.FIRST_MARKER, 7,
				3);

		assertThat(first).extracting(BatchTask::getId).containsExactlyElementsOf(newestFirst.subList(0, 3));
		assertThat(second).extracting(BatchTask::getId).containsExactlyElementsOf(newestFirst.subList(3, 6));
		assertThat(skipped).extracting(BatchTask::getId).containsExactlyElementsOf(newestFirst.subList(5, 7));
		assertThat(past).isEmpty();
	}

	@Test
	void filtersPagesAndCountsByAppAndStatus() {
		List<String> ofApp = saveFirmwareTasks(P1, 3, "app1");
		saveFirmwareTasks(P1, 2, "app2");
		BatchTask stopped = task(P1, TaskType.FIRMWARE_UPGRADE, "app1");
		stopped.recordMoved(SubtaskStatus.WAITTING, SubtaskStatus.STOPPED, 3, NOW);
		stopped.requestStop(NOW, Duration.ZERO);
		String stoppedId = save(stopped).getId();

		assertThat(this.tasks.findPage(P1, TaskType.FIRMWARE_UPGRADE, "app1", null, ObjectIds.FIRST_MARKER, 0, 10))
			.extracting(BatchTask::getId)
			.containsExactly(stoppedId, ofApp.get(2), ofApp.get(1), ofApp.get(0));
		assertThat(this.tasks.findPage(P1, TaskType.FIRMWARE_UPGRADE, null, TaskStatus.STOPPED, ObjectIds.FIRST_MARKER,
				0, 10))
			.extracting(BatchTask::getId)
			.containsExactly(stoppedId);
		assertThat(this.tasks.findPage(P1, TaskType.FIRMWARE_UPGRADE, "app2", TaskStatus.STOPPED,
				ObjectIds.FIRST_MARKER, 0, 10))
			.isEmpty();
		assertThat(this.tasks.countMatching(P1, TaskType.FIRMWARE_UPGRADE, "app1", null)).isEqualTo(4);
		assertThat(this.tasks.countMatching(P1, TaskType.FIRMWARE_UPGRADE, "app2", null)).isEqualTo(2);
		assertThat(this.tasks.countMatching(P1, TaskType.FIRMWARE_UPGRADE, null, TaskStatus.PROCESSING)).isEqualTo(5);
		assertThat(this.tasks.countMatching(P1, TaskType.FIRMWARE_UPGRADE, "app1", TaskStatus.STOPPED)).isEqualTo(1);
	}

	@Test
	void countsEveryMatchingTaskWhateverThePage() {
		List<String> ids = saveFirmwareTasks(P1, 5, null);

		this.tasks.findPage(P1, TaskType.FIRMWARE_UPGRADE, null, null, ids.get(2), 1, 1);

		assertThat(this.tasks.countMatching(P1, TaskType.FIRMWARE_UPGRADE, null, null)).isEqualTo(5);
	}

	// ---- the end of Stopping
	// ------------------------------------------------------------------

	// ---- helpers
	// ------------------------------------------------------------------------------

	private BatchTask save(BatchTask task) {
		return this.tasks.saveAndFlush(task);
	}

	private List<String> saveFirmwareTasks(TenantScope scope, int count, String appId) {
		return IntStream.range(0, count)
			.mapToObj((i) -> save(task(scope, TaskType.FIRMWARE_UPGRADE, appId)).getId())
			.toList();
	}

	private static BatchTask task(TenantScope scope, TaskType type, String appId) {
		BatchTask.NewTask spec = new BatchTask.NewTask(appId, "t", type, null, false, null, null, null, null, null,
				null, null, null);
		return new BatchTask(ObjectIds.next(), scope, spec, 3, NOW);
	}

	private static BatchTask stopping(Instant until) {
		BatchTask task = task(P1, TaskType.FIRMWARE_UPGRADE, null);
		task.recordMoved(SubtaskStatus.WAITTING, SubtaskStatus.STOPPED, 3, NOW);
		task.requestStop(until.minusSeconds(2), Duration.ofSeconds(2));
		return task;
	}

	private Map<String, Object> statusRow(String id) {
		return this.jdbc.queryForMap("SELECT status, stopping_until FROM batch_task WHERE id = ?", id);
	}

	private void awaitBackendsWaitingForALock(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < deadline) {
			Integer waiting = this.jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity "
					+ "WHERE datname = current_database() AND wait_event_type = 'Lock'", Integer.class);
			if (waiting != null && waiting >= count) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("No transaction came to wait for the task's row lock within 20 seconds");
	}

	private static void awaitOrFail(CountDownLatch latch) {
		try {
			assertThat(latch.await(20, TimeUnit.SECONDS)).as("released in time").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> reversed(List<String> ids) {
		List<String> copy = new ArrayList<>(ids);
		Collections.reverse(copy);
		return copy;
	}

}
