package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.TenantScope;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BatchTaskRepository extends JpaRepository<BatchTask, String>, BatchTaskPages, BatchTaskRows {

	default Optional<BatchTask> findInScope(String id, TenantScope scope) {
		return findInTenant(id, scope.projectId(), scope.instanceId());
	}

	@Query("select t from BatchTask t where t.id = :id and t.projectId = :projectId and t.instanceId = :instanceId")
	Optional<BatchTask> findInTenant(@Param("id") String id, @Param("projectId") String projectId,
			@Param("instanceId") String instanceId);

	/**
	 * Loads a task and locks its row until the transaction ends. Every change to a task's
	 * subtasks takes this lock first, so changes to one task are serialized and never
	 * deadlock.
	 */
	default Optional<BatchTask> lockInScope(String id, TenantScope scope) {
		return lockInTenant(id, scope.projectId(), scope.instanceId());
	}

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from BatchTask t where t.id = :id and t.projectId = :projectId and t.instanceId = :instanceId")
	Optional<BatchTask> lockInTenant(@Param("id") String id, @Param("projectId") String projectId,
			@Param("instanceId") String instanceId);

	/** Ids of a tenant's tasks above {@code after}, in id order (snapshots). */
	@Query("select t.id from BatchTask t where t.projectId = :projectId and t.instanceId = :instanceId "
			+ "and t.id > :after order by t.id")
	List<String> idsInTenantAfter(@Param("projectId") String projectId, @Param("instanceId") String instanceId,
			@Param("after") String after, Limit limit);

}
