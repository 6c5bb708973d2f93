package io.iotda.emulator.batchtask;

import io.iotda.emulator.batchtask.web.TaskPolicy;
import io.iotda.emulator.batchtask.web.TaskResponse;
import io.iotda.emulator.web.IotdaTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Shows a task entity as the API's Task object. */
@Component
class TaskResponses {

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JsonMapper json;

	TaskResponses(JsonMapper json) {
		this.json = json;
	}

	TaskResponse task(BatchTask task) {
		TaskPolicy policy = (task.getScheduleTime() == null && task.getRetryCount() == null) ? null
				: new TaskPolicy((task.getScheduleTime() != null) ? IotdaTime.format(task.getScheduleTime()) : null,
						task.getRetryCount(), task.getRetryInterval());
		return new TaskResponse(task.getId(), task.getTaskName(), task.getTaskType(), task.getTaskMode(),
				task.isNeedConfirm(), read(task.getTaskExtInfoJson(), OBJECT), read(task.getTargetsJson(), STRINGS),
				read(task.getTargetsFilterJson(), OBJECT), read(task.getDocumentJson(), OBJECT), policy,
				task.getStatus(), task.getStatusDesc(), TaskResponse.Progress.of(task.getProgress()),
				IotdaTime.format(task.getCreateTime()));
	}

	private <T> T read(String value, TypeReference<T> type) {
		return (value != null) ? this.json.readValue(value, type) : null;
	}

}
