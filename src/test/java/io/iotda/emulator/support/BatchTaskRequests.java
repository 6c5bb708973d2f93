package io.iotda.emulator.support;

import io.restassured.specification.RequestSpecification;

/**
 * The batch-task calls tests make only to set the scene or to look: a one-device firmware
 * upgrade created in a project, and a task's status.
 */
public final class BatchTaskRequests {

	private static final String TASKS = "/v5/iot/{project_id}/batchtasks";

	private BatchTaskRequests() {
	}

	/** Creates a firmware upgrade of one device in the project; answers its id. */
	public static String createUpgrade(RequestSpecification api, String projectId, String target) {
		return api
			.body("{\"task_name\":\"up\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"" + target
					+ "\"],\"document\":{\"package_ids\":[\"p1\"]}}")
			.post(TASKS, projectId)
			.then()
			.statusCode(201)
			.extract()
			.path("task_id");
	}

	/** The task's status, as show answers it. */
	public static String status(RequestSpecification api, String projectId, String taskId) {
		return api.get(TASKS + "/{task_id}", projectId, taskId)
			.then()
			.statusCode(200)
			.extract()
			.path("batchtask.status");
	}

}
