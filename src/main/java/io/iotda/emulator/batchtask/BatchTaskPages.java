package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.TenantScope;
import java.util.List;

/** The list operation's filtered, marker-based pages of tasks. */
interface BatchTaskPages {

	/**
	 * A page of a tenant's tasks of one type, newest first: ids below {@code marker},
	 * after skipping {@code offset}, optionally of one app and/or status.
	 */
	List<BatchTask> findPage(TenantScope scope, TaskType type, String appId, TaskStatus status, String marker,
			int offset, int limit);

	/** How many tasks match the filters, whatever the page. */
	long countMatching(TenantScope scope, TaskType type, String appId, TaskStatus status);

}
