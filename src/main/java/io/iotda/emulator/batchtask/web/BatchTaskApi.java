package io.iotda.emulator.batchtask.web;

import io.iotda.emulator.web.IotdaParameters;
import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.batchtask.Paging;
import io.iotda.emulator.batchtask.SubtaskStatus;
import io.iotda.emulator.batchtask.TaskStatus;
import io.iotda.emulator.batchtask.TaskType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;

/**
 * IoTDA's batch-task API (spec sections 1 and 2) as documented in the OpenAPI document:
 * operations, examples, answers, and the parameters' rules. {@link BatchTaskController}
 * implements it with the HTTP mapping.
 * <p>
 * The parameters' constraints stand here, not on the controller: Bean Validation lets an
 * implementing method inherit parameter constraints but not declare its own. The
 * {@code X-Auth-Token} header is no parameter of the operations: it is documented once,
 * as the document's {@code iamToken} security scheme (see
 * {@code web.OpenApiConfiguration}), so that Swagger UI's Authorize button sets it for
 * every operation, and checked by the security package before a request gets here.
 */
@Tag(name = "Batch tasks", description = "The emulated IoTDA v5 batch-task API")
interface BatchTaskApi {

	/** Retry's and confirm's request example naming two targets. */
	String TWO_TARGETS = "{\n  \"targets\" : [ \"e495cf17-ff79-4294-8f64-4d367919d665\", \"e495cf17-ff79-4294-8f64-4d367919d677\" ]\n}";

	/** Retry's and confirm's answer to targets. */
	String NAMED_TARGET_RESULTS = "OK: one result per named target ({\"targets\":[]} when none were named)";

	/**
	 * The start of retry's and confirm's results example: the first target succeeded, the
	 * second failed (its error follows).
	 */
	String SUCCESS_THEN_FAILURE = """
			{
			  "targets" : [ {
			    "target" : "e495cf17-ff79-4294-8f64-4d367919d665",
			    "status" : "success"
			  }, {
			    "target" : "e495cf17-ff79-4294-8f64-4d367919d677",
			    "status" : "failure",
			""";

	@Operation(operationId = "CreateBatchTask", summary = "Create a batch task",
			description = "Creates a task with one subtask per target. Upgrade subtasks start Waitting.")
	@RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = CreateBatchTaskRequest.class),
					examples = @ExampleObject(name = "firmwareUpgrade", summary = "Upgrade the firmware of two devices",
							value = """
									{
									  "task_name" : "firmware_upgrade_demo",
									  "task_type" : "firmwareUpgrade",
									  "targets" : [ "e495cf17-ff79-4294-8f64-4d367919d665", "e495cf17-ff79-4294-8f64-4d367919d677" ],
									  "document" : { "package_ids" : [ "66a1c2d3e4f5a6b7c8d9e0aa" ] },
									  "task_policy" : { "retry_count" : 3, "retry_interval" : 10 }
									}""")))
	@ApiResponse(responseCode = "201", description = "Created: the task",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = TaskResponse.class),
					examples = @ExampleObject(name = "created", summary = "A new firmware upgrade",
							value = """
									{
									  "task_id" : "66a1c2d3e4f5a6b7c8d9e0f1",
									  "task_name" : "firmware_upgrade_demo",
									  "task_type" : "firmwareUpgrade",
									  "need_confirm" : false,
									  "targets" : [ "e495cf17-ff79-4294-8f64-4d367919d665", "e495cf17-ff79-4294-8f64-4d367919d677" ],
									  "document" : { "package_ids" : [ "66a1c2d3e4f5a6b7c8d9e0aa" ] },
									  "task_policy" : { "retry_count" : 3, "retry_interval" : 10 },
									  "status" : "Processing",
									  "task_progress" : { "total" : 2, "processing" : 0, "success" : 0, "fail" : 0, "waitting" : 2, "fail_wait_retry" : 0, "stopped" : 0, "removed" : 0 },
									  "create_time" : "20240627T081530Z"
									}""")))
	@ErrorAnswers
	TaskResponse create(@IotdaParameters.ProjectId String projectId, @IotdaParameters.InstanceId String instanceId,
			@Valid CreateBatchTaskRequest request);

	@Operation(operationId = "ListBatchTasks", summary = "List batch tasks",
			description = "Tasks of one type, newest first. page.count is every task matching the filters; "
					+ "page.marker is the id of the last task on the page.")
	@ApiResponse(responseCode = "200", description = "OK: one page of tasks",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ListBatchTasksResponse.class),
					examples = @ExampleObject(name = "page", summary = "The only firmware upgrade",
							value = """
									{
									  "batchtasks" : [ {
									    "task_id" : "66a1c2d3e4f5a6b7c8d9e0f1",
									    "task_name" : "firmware_upgrade_demo",
									    "task_type" : "firmwareUpgrade",
									    "need_confirm" : false,
									    "targets" : [ "e495cf17-ff79-4294-8f64-4d367919d665", "e495cf17-ff79-4294-8f64-4d367919d677" ],
									    "document" : { "package_ids" : [ "66a1c2d3e4f5a6b7c8d9e0aa" ] },
									    "task_policy" : { "retry_count" : 3, "retry_interval" : 10 },
									    "status" : "Processing",
									    "task_progress" : { "total" : 2, "processing" : 0, "success" : 0, "fail" : 0, "waitting" : 2, "fail_wait_retry" : 0, "stopped" : 0, "removed" : 0 },
									    "create_time" : "20240627T081530Z"
									  } ],
									  "page" : { "count" : 1, "marker" : "66a1c2d3e4f5a6b7c8d9e0f1" }
									}""")))
	@ErrorAnswers
	ListBatchTasksResponse list(@IotdaParameters.ProjectId String projectId,
			@IotdaParameters.InstanceId String instanceId,
			@Parameter(description = "Task type (required)", required = true,
					schema = @Schema(implementation = TaskType.class)) String taskType,
			@Parameter(description = "Only tasks of this application") @Pattern(regexp = "^[A-Za-z0-9_-]{1,36}$",
					message = "must be 1 to 36 of A-Za-z0-9_-") String appId,
			@Parameter(description = "Only tasks in this status",
					schema = @Schema(implementation = TaskStatus.class)) String status,
			@IotdaParameters.LimitParam @Min(1) @Max(Paging.MAX_LIMIT) Integer limit,
			@IotdaParameters.MarkerParam @Pattern(regexp = ObjectIds.MARKER_PATTERN,
					message = "must be 24 of a-f0-9") String marker,
			@IotdaParameters.OffsetParam @Min(0) @Max(Paging.MAX_OFFSET) Integer offset);

	@Operation(operationId = "ShowBatchTask", summary = "Show a batch task",
			description = "The task and one page of its subtasks (task_details), newest first.")
	@ApiResponse(responseCode = "200", description = "OK: the task and one page of its subtasks",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ShowBatchTaskResponse.class),
					examples = @ExampleObject(name = "finished", summary = "A task that ended in PartialSuccess",
							value = """
									{
									  "batchtask" : {
									    "task_id" : "66a1c2d3e4f5a6b7c8d9e0f1",
									    "task_name" : "firmware_upgrade_demo",
									    "task_type" : "firmwareUpgrade",
									    "need_confirm" : false,
									    "targets" : [ "e495cf17-ff79-4294-8f64-4d367919d665", "e495cf17-ff79-4294-8f64-4d367919d677" ],
									    "document" : { "package_ids" : [ "66a1c2d3e4f5a6b7c8d9e0aa" ] },
									    "task_policy" : { "retry_count" : 3, "retry_interval" : 10 },
									    "status" : "PartialSuccess",
									    "task_progress" : { "total" : 2, "processing" : 0, "success" : 1, "fail" : 1, "waitting" : 0, "fail_wait_retry" : 0, "stopped" : 0, "removed" : 0 },
									    "create_time" : "20240627T081530Z"
									  },
									  "task_details" : [ {
									    "target" : "e495cf17-ff79-4294-8f64-4d367919d677",
									    "status" : "Fail",
									    "output" : "firmware package rejected",
									    "error" : { "error_code" : "IOTDA.014230", "error_msg" : "The device rejected the firmware package." }
									  }, {
									    "target" : "e495cf17-ff79-4294-8f64-4d367919d665",
									    "status" : "Success",
									    "output" : "upgraded to V2.0.1"
									  } ],
									  "page" : { "count" : 2, "marker" : "66a1c2d3e4f5a6b7c8d9e0e1" }
									}""")))
	@ErrorAnswers
	ShowBatchTaskResponse show(@IotdaParameters.ProjectId String projectId, @TaskId String taskId,
			@IotdaParameters.InstanceId String instanceId,
			@Parameter(description = "Only subtasks in this status",
					schema = @Schema(implementation = SubtaskStatus.class)) String taskDetailStatus,
			@Parameter(description = "Only the subtask of this target") @Size(min = 1, max = 128,
					message = "must be 1 to 128 characters") String target,
			@IotdaParameters.LimitParam @Min(1) @Max(Paging.MAX_LIMIT) Integer limit,
			@IotdaParameters.MarkerParam @Pattern(regexp = ObjectIds.MARKER_PATTERN,
					message = "must be 24 of a-f0-9") String marker,
			@IotdaParameters.OffsetParam @Min(0) @Max(Paging.MAX_OFFSET) Integer offset);

	@Operation(operationId = "StopBatchTask", summary = "Stop a batch task",
			description = "Only firmwareUpgrade and softwareUpgrade tasks. With no targets ({} or an empty body), "
					+ "every subtask in Processing, Waitting or FailWaitRetry is stopped; with targets (at most 100), "
					+ "each gets its own result.")
	@RequestBody(required = false,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = BatchTargetsRequest.class),
					examples = { @ExampleObject(name = "all",
							summary = "Stop all subtasks in Processing, Waitting and FailWaitRetry", value = "{ }"),
							@ExampleObject(name = "targets", summary = "Stop the subtasks of a set of targets",
									value = "{\n  \"targets\" : [ \"e495cf17-ff79-4294-8f64-4d367919d665\" ]\n}") }))
	@ApiResponse(responseCode = "200", description = "OK",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = BatchTargetsResponse.class),
					examples = @ExampleObject(name = "results", summary = "One failure and one success", value = """
							{
							  "targets" : [ {
							    "target" : "e495cf17-ff79-4294-8f64-4d367919d665",
							    "status" : "failure",
							    "error_code" : "IOTDA.014219",
							    "error_msg" : "Invalid input. The target is not in the task"
							  }, {
							    "target" : "e495cf17-ff79-4294-8f64-4d367919d677",
							    "status" : "success"
							  } ]
							}""")))
	@ErrorAnswers
	BatchTargetsResponse stop(@IotdaParameters.ProjectId String projectId, @TaskId String taskId,
			@IotdaParameters.InstanceId String instanceId, BatchTargetsRequest request);

	@Operation(operationId = "DeleteBatchTask", summary = "Delete a batch task",
			description = "Only finished tasks (Success, Fail, PartialSuccess, Stopped); the subtasks go too.")
	@ApiResponse(responseCode = "204", description = "No Content: deleted, with its subtasks; the body is empty")
	@ErrorAnswers
	void delete(@IotdaParameters.ProjectId String projectId, @TaskId String taskId,
			@IotdaParameters.InstanceId String instanceId);

	@Operation(operationId = "RetryBatchTask", summary = "Retry a batch task",
			description = "Only firmwareUpgrade and softwareUpgrade tasks. With no targets, every subtask in Fail, "
					+ "FailWaitRetry or Stopped goes back to Waitting; with targets (at most 100), each gets its own result.")
	@RequestBody(required = false,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = BatchTargetsRequest.class),
					examples = {
							@ExampleObject(name = "all",
									summary = "Retry every subtask in Fail, FailWaitRetry or Stopped", value = "{ }"),
							@ExampleObject(name = "targets", summary = "Only the subtasks of these targets",
									value = TWO_TARGETS) }))
	@ApiResponse(responseCode = "200", description = NAMED_TARGET_RESULTS, content = @Content(
			mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = BatchTargetsResponse.class),
			examples = @ExampleObject(name = "results", summary = "One retried, one that had not failed",
					value = SUCCESS_THEN_FAILURE + """
							    "error_code" : "IOTDA.014220",
							    "error_msg" : "Operation not allowed. The subtask status does not allow this operation."
							  } ]
							}""")))
	@ErrorAnswers
	BatchTargetsResponse retry(@IotdaParameters.ProjectId String projectId, @TaskId String taskId,
			@IotdaParameters.InstanceId String instanceId, BatchTargetsRequest request);

	@Operation(operationId = "ConfirmBatchTask", summary = "Confirm a batch task",
			description = "For upgrade tasks created with need_confirm: with no targets every Waitting subtask starts; "
					+ "with targets (at most 100), each gets its own result.")
	@RequestBody(required = false,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = BatchTargetsRequest.class),
					examples = { @ExampleObject(name = "all", summary = "Start every Waitting subtask", value = "{ }"),
							@ExampleObject(name = "targets", summary = "Only the subtasks of these targets",
									value = TWO_TARGETS) }))
	@ApiResponse(responseCode = "200", description = NAMED_TARGET_RESULTS,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = BatchTargetsResponse.class),
					examples = @ExampleObject(name = "results", summary = "One started, one not in the task",
							value = SUCCESS_THEN_FAILURE + """
									    "error_code" : "IOTDA.014219",
									    "error_msg" : "Invalid input. The target is not in the task"
									  } ]
									}""")))
	@ErrorAnswers
	BatchTargetsResponse confirm(@IotdaParameters.ProjectId String projectId, @TaskId String taskId,
			@IotdaParameters.InstanceId String instanceId, BatchTargetsRequest request);

}
