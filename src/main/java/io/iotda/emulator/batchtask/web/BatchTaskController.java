package io.iotda.emulator.batchtask.web;

import io.iotda.emulator.batchtask.BatchOperation;
import io.iotda.emulator.batchtask.BatchTaskService;
import io.iotda.emulator.batchtask.Paging;
import io.iotda.emulator.batchtask.SubtaskStatus;
import io.iotda.emulator.batchtask.TaskStatus;
import io.iotda.emulator.batchtask.TaskType;
import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.web.error.InvalidInputException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * IoTDA's batch-task API (spec sections 1 and 2): maps paths, headers, query and body,
 * turns the enumerations' wire names into values, then hands over to
 * {@link BatchTaskService}. The documentation and the parameters' rules are
 * {@link BatchTaskApi}'s.
 */
@RestController
@RequestMapping(path = "/v5/iot/{project_id}/batchtasks", produces = MediaType.APPLICATION_JSON_VALUE)
class BatchTaskController implements BatchTaskApi {

	private final BatchTaskService service;

	BatchTaskController(BatchTaskService service) {
		this.service = service;
	}

	@Override
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	public TaskResponse create(@PathVariable("project_id") String projectId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestBody CreateBatchTaskRequest request) {
		return this.service.create(TenantScope.of(projectId, instanceId), request);
	}

	@Override
	@GetMapping
	public ListBatchTasksResponse list(@PathVariable("project_id") String projectId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestParam(name = "task_type") String taskType,
			@RequestParam(name = "app_id", required = false) String appId,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "limit", required = false) Integer limit,
			@RequestParam(name = "marker", required = false) String marker,
			@RequestParam(name = "offset", required = false) Integer offset) {
		TaskType type = TaskType.fromWireName(taskType)
			.orElseThrow(() -> new InvalidInputException("task_type " + taskType + " is not a task type."));
		TaskStatus taskStatus = (status != null) ? TaskStatus.fromWireName(status)
			.orElseThrow(() -> new InvalidInputException("status " + status + " is not a task status.")) : null;
		return this.service.list(TenantScope.of(projectId, instanceId), type, appId, taskStatus,
				Paging.of(marker, offset, limit));
	}

	@Override
	@GetMapping("/{task_id}")
	public ShowBatchTaskResponse show(@PathVariable("project_id") String projectId,
			@PathVariable("task_id") String taskId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestParam(name = "task_detail_status", required = false) String taskDetailStatus,
			@RequestParam(name = "target", required = false) String target,
			@RequestParam(name = "limit", required = false) Integer limit,
			@RequestParam(name = "marker", required = false) String marker,
			@RequestParam(name = "offset", required = false) Integer offset) {
		return this.service.show(TenantScope.of(projectId, instanceId), taskId, subtaskStatus(taskDetailStatus), target,
				Paging.of(marker, offset, limit));
	}

	@Override
	@PostMapping("/{task_id}/stop")
	public BatchTargetsResponse stop(@PathVariable("project_id") String projectId,
			@PathVariable("task_id") String taskId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestBody(required = false) BatchTargetsRequest request) {
		return apply(BatchOperation.STOP, projectId, taskId, instanceId, request);
	}

	@Override
	@DeleteMapping("/{task_id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void delete(@PathVariable("project_id") String projectId, @PathVariable("task_id") String taskId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId) {
		this.service.delete(TenantScope.of(projectId, instanceId), taskId);
	}

	@Override
	@PostMapping("/{task_id}/retry")
	public BatchTargetsResponse retry(@PathVariable("project_id") String projectId,
			@PathVariable("task_id") String taskId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestBody(required = false) BatchTargetsRequest request) {
		return apply(BatchOperation.RETRY, projectId, taskId, instanceId, request);
	}

	@Override
	@PostMapping("/{task_id}/confirm")
	public BatchTargetsResponse confirm(@PathVariable("project_id") String projectId,
			@PathVariable("task_id") String taskId,
			@RequestHeader(name = "Instance-Id", required = false) String instanceId,
			@RequestBody(required = false) BatchTargetsRequest request) {
		return apply(BatchOperation.CONFIRM, projectId, taskId, instanceId, request);
	}

	private static SubtaskStatus subtaskStatus(String value) {
		if (value == null) {
			return null;
		}
		return SubtaskStatus.fromWireName(value)
			.orElseThrow(() -> new InvalidInputException("task_detail_status " + value + " is not a subtask status."));
	}

	private BatchTargetsResponse apply(BatchOperation operation, String projectId, String taskId, String instanceId,
			BatchTargetsRequest request) {
		List<String> targets = (request != null) ? request.namedTargets() : List.of();
		return new BatchTargetsResponse(
				this.service.apply(operation, TenantScope.of(projectId, instanceId), taskId, targets));
	}

}
