package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.TenantScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;

class BatchTaskPagesImpl implements BatchTaskPages {

	private final EntityManager entityManager;

	BatchTaskPagesImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<BatchTask> findPage(TenantScope scope, TaskType type, String appId, TaskStatus status, String marker,
			int offset, int limit) {
		String jpql = "select t from BatchTask t where " + filters(appId, status) + " and t.id < :marker"
				+ " order by t.id desc";
		TypedQuery<BatchTask> query = bind(this.entityManager.createQuery(jpql, BatchTask.class), scope, type, appId,
				status)
			.setParameter("marker", marker)
			.setFirstResult(offset)
			.setMaxResults(limit);
		return query.getResultList();
	}

	@Override
	public long countMatching(TenantScope scope, TaskType type, String appId, TaskStatus status) {
		String jpql = "select count(t) from BatchTask t where " + filters(appId, status);
		return bind(this.entityManager.createQuery(jpql, Long.class), scope, type, appId, status).getSingleResult();
	}

	private static String filters(String appId, TaskStatus status) {
		StringBuilder where = new StringBuilder(
				"t.projectId = :projectId and t.instanceId = :instanceId and t.taskType = :type");
		if (appId != null) {
			where.append(" and t.appId = :appId");
		}
		if (status != null) {
			where.append(" and t.status = :status");
		}
		return where.toString();
	}

	private static <T> TypedQuery<T> bind(TypedQuery<T> query, TenantScope scope, TaskType type, String appId,
			TaskStatus status) {
		query.setParameter("projectId", scope.projectId())
			.setParameter("instanceId", scope.instanceId())
			.setParameter("type", type);
		if (appId != null) {
			query.setParameter("appId", appId);
		}
		if (status != null) {
			query.setParameter("status", status);
		}
		return query;
	}

}
