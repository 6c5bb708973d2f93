package io.iotda.emulator.batchtask;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
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

	interface StatusCount {

		SubtaskStatus getStatus();

		long getCount();

	}

}
