package io.iotda.emulator.batchtask;

import io.iotda.emulator.batchtask.web.TaskResponse;

/**
 * A task as stored: the API's view of it, and its app id, which the API's view does not
 * show.
 */
public record StoredTask(TaskResponse task, String appId) {
}
