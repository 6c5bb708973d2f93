package io.iotda.emulator.batchtask;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Subtasks are changed set-based: one UPDATE per status move, whatever the number of
 * rows. Callers hold the task's row lock.
 */
interface SubtaskRepository extends JpaRepository<Subtask, String>, SubtaskRows {

	/** Moves every subtask of a task that is in one of {@code from}: one statement. */
	@Modifying
	@Query("update Subtask s set s.status = :to, s.updatedAt = :now, s.nextTransitionAt = null, "
			+ "s.errorCode = case when :clearError = true then null else s.errorCode end, "
			+ "s.errorMsg = case when :clearError = true then null else s.errorMsg end "
			+ "where s.taskId = :taskId and s.status in :from")
	int moveAllIn(@Param("taskId") String taskId, @Param("from") Collection<SubtaskStatus> from,
			@Param("to") SubtaskStatus to, @Param("clearError") boolean clearError, @Param("now") Instant now);

	/** Deletes every subtask of a task: one statement, whatever their number. */
	@Modifying
	@Query("delete from Subtask s where s.taskId = :taskId")
	int deleteByTask(@Param("taskId") String taskId);

	@Query("select s.status as status, count(s) as count from Subtask s where s.taskId = :taskId group by s.status")
	List<StatusCount> countByStatus(@Param("taskId") String taskId);

	boolean existsByTaskIdAndTarget(String taskId, String target);

	boolean existsByTaskIdAndTargetAndStatus(String taskId, String target, SubtaskStatus status);

	/**
	 * A page of a task's subtasks above {@code after}, in id (creation) order, as
	 * projections: a long read of many pages keeps none of them in the persistence
	 * context.
	 */
	@Query("select s.id as id, s.target as target, s.status as status, s.errorCode as errorCode, "
			+ "s.errorMsg as errorMsg, s.attempts as attempts from Subtask s "
			+ "where s.taskId = :taskId and s.id > :after order by s.id")
	List<StoredSubtaskRow> findStoredAfter(@Param("taskId") String taskId, @Param("after") String after, Limit limit);

	interface StoredSubtaskRow {

		String getId();

		String getTarget();

		SubtaskStatus getStatus();

		String getErrorCode();

		String getErrorMsg();

		int getAttempts();

	}

	interface StatusCount {

		SubtaskStatus getStatus();

		long getCount();

	}

}
