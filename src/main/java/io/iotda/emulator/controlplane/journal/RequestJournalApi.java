package io.iotda.emulator.controlplane.journal;

import io.iotda.emulator.controlplane.ControlPlaneErrorAnswers;
import io.iotda.emulator.controlplane.ControlPlaneParameters.ProjectIdParam;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;

/**
 * The request journal in the OpenAPI document: read it, verify against it, empty it.
 * {@link RequestJournalController} implements it with the HTTP mapping; the parameters'
 * rules stand here (an implementing method inherits them).
 */
@Tag(name = "Request journal",
		description = "What clients sent to the emulated API and what it answered (bounded, in memory, newest first)")
interface RequestJournalApi {

	/** A journaled stop, as the official Java SDK sends it. */
	String STOP_REQUEST = """
			{
			      "time" : "2026-03-02T09:15:01.234Z",
			      "emulated_time" : "2036-01-01T00:00:00Z",
			      "request_id" : "7127b37e51a7450fa40bab093344d161",
			      "method" : "POST",
			      "path" : "/v5/iot/p1/batchtasks/0123456789abcdef01234567/stop",
			      "project_id" : "p1",
			      "status" : 200,
			      "latency_ms" : 12,
			      "request_headers" : {
			        "Content-Type" : "application/json",
			        "X-Project-Id" : "p1",
			        "Authorization" : "SDK-HMAC-SHA256 Access=AKEXAMPLE, SignedHeaders=host;x-project-id;x-sdk-date, Signature=****"
			      },
			      "body_excerpt" : "{\\"targets\\":[\\"d1\\",\\"d2\\"]}",
			      "body_truncated" : false,
			      "response_headers" : {
			        "X-Request-Id" : "7127b37e51a7450fa40bab093344d161",
			        "Content-Type" : "application/json"
			      },
			      "response_body_excerpt" : "{\\"targets\\":[{\\"target\\":\\"d1\\",\\"status\\":\\"success\\"},{\\"target\\":\\"d2\\",\\"status\\":\\"success\\"}]}",
			      "response_body_truncated" : false
			    }""";

	@Operation(operationId = "ListJournaledRequests", summary = "Journaled requests",
			description = "Calls of the emulated API (/v5/...), newest first, each with its request headers "
					+ "(credentials masked), the start of its body, the answer's status, headers and the start of "
					+ "its body, the request id, the latency, both clocks' times and the project and instance it "
					+ "addressed. Every filter given must hold.")
	@ApiResponse(responseCode = "200", description = "OK: the requests that pass the filters",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = JournalAnswers.Requests.class),
					examples = @ExampleObject(name = "stops", summary = "The last stop of project p1",
							value = "{\n  \"requests\" : [ " + STOP_REQUEST + " ],\n  \"dropped\" : 0\n}")))
	@ControlPlaneErrorAnswers
	JournalAnswers.Requests list(
			@Parameter(description = "At most this many (1 to 100000, default 50)",
					schema = @Schema(minimum = "1", maximum = "100000",
							defaultValue = "50")) @Min(1) @Max(100_000) Integer limit,
			@Parameter(description = "HTTP method (any case)", example = "POST") @Pattern(regexp = "^[A-Za-z]{1,16}$",
					message = "must be 1 to 16 letters") String method,
			@Parameter(description = "Glob over the path as sent: * within a segment, ** across segments, "
					+ "? one character", example = "/v5/iot/p1/batchtasks/*/stop") @Size(min = 1, max = 256,
							message = "must be 1 to 256 characters") String pathPattern,
			@Parameter(description = "Text the path holds", example = "/stop") @Size(min = 1, max = 256,
					message = "must be 1 to 256 characters") String pathContains,
			@Parameter(description = "The {project_id} of the path", example = "p1") @ProjectIdParam String projectId,
			@Parameter(description = "The answer's status", example = "200") @Min(value = 100,
					message = "must be 100 to 599") @Max(value = 599, message = "must be 100 to 599") Integer status,
			@Parameter(description = "Sent at or after this wall-clock time (ISO-8601)",
					example = "2026-03-02T09:15:00Z") @Size(max = 64,
							message = "must be an ISO-8601 time such as 2036-01-01T00:00:00Z") String since,
			@Parameter(description = "Sent at or after this emulated time (ISO-8601)",
					example = "2036-01-01T00:00:00Z") @Size(max = 64,
							message = "must be an ISO-8601 time such as 2036-01-01T00:00:00Z") String emulatedSince);

	@Operation(operationId = "CountJournaledRequests", summary = "Count matching requests (verify)",
			description = "How many journaled requests meet every condition given: method, path glob, project, "
					+ "status, since (wall clock or emulated), query parameters, headers, text in the body and JSON "
					+ "paths into it. With expected_count, a count that differs also lists the requests nearest the "
					+ "conditions and, for each, the conditions it breaks. Body conditions see the body's excerpt "
					+ "(journal-body-excerpt bytes); header conditions see credentials masked.")
	@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
			schema = @Schema(implementation = CountRequest.class),
			examples = {
					@ExampleObject(name = "stop", summary = "Exactly one stop of a task naming d1 and d2", value = """
							{
							  "method" : "POST",
							  "path_pattern" : "/v5/iot/p1/batchtasks/0123456789abcdef01234567/stop",
							  "body_json_paths" : [ {
							    "path" : "$.targets",
							    "equal_to" : [ "d1", "d2" ]
							  } ],
							  "expected_count" : 1
							}"""),
					@ExampleObject(name = "listed", summary = "Lists of firmware upgrades signed for project p1",
							value = """
									{
									  "method" : "GET",
									  "path_pattern" : "/v5/iot/*/batchtasks",
									  "query" : { "task_type" : "firmwareUpgrade" },
									  "headers" : { "X-Project-Id" : "p1" },
									  "status" : 200
									}""") }))
	@ApiResponse(responseCode = "200", description = "OK: the count, and the nearest requests on a mismatch",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = JournalAnswers.Count.class),
					examples = { @ExampleObject(name = "asExpected", summary = "Exactly one, as expected", value = """
							{
							  "count" : 1,
							  "expected_count" : 1,
							  "as_expected" : true,
							  "dropped" : 0
							}"""), @ExampleObject(name = "mismatch",
							summary = "None: the nearest named one device only",
							value = "{\n  \"count\" : 0,\n  \"expected_count\" : 1,\n  \"as_expected\" : false,\n"
									+ "  \"dropped\" : 0,\n  \"nearest\" : [ {\n    \"unmet\" : [ "
									+ "\"body at $.targets is [\\\"d1\\\"], not [\\\"d1\\\",\\\"d2\\\"]\" ],\n"
									+ "    \"request\" : " + STOP_REQUEST + "\n  } ]\n}") }))
	@ControlPlaneErrorAnswers
	JournalAnswers.Count count(CountRequest request);

	@Operation(operationId = "ClearJournal", summary = "Empty the journal",
			description = "Forgets every journaled request and the count of dropped ones: a test starts clean.")
	@ApiResponse(responseCode = "204", description = "No Content: the journal is empty")
	@ControlPlaneErrorAnswers
	void clear();

}
