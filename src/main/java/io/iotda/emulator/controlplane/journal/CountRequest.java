package io.iotda.emulator.controlplane.journal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.controlplane.ControlPlaneParameters.ProjectIdParam;
import io.iotda.emulator.controlplane.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /_emulator/requests/count}: what the requests to count are like
 * (every condition given must hold), and optionally how many there should be.
 */
@Schema(name = "RequestCount", description = "Conditions on journaled requests; every condition given must hold")
record CountRequest(
		@Schema(description = "HTTP method (any case)", example = "POST") @Pattern(regexp = "^[A-Za-z]{1,16}$",
				message = "must be 1 to 16 letters") @JsonProperty("method") String method,
		@Schema(description = "Glob over the path as sent: * within a segment, ** across segments, ? one character",
				example = "/v5/iot/p1/batchtasks/*/stop",
				maxLength = 256) @Size(min = 1, max = 256, message = "must be 1 to 256 characters") @PlainText(
						message = "must not hold control characters") @JsonProperty("path_pattern") String pathPattern,
		@Schema(description = "The {project_id} of the path", example = "p1",
				pattern = "^[A-Za-z0-9_-]{1,64}$") @ProjectIdParam @JsonProperty("project_id") String projectId,
		@Schema(description = "The answer's status", example = "200", minimum = "100", maximum = "599") @Min(
				value = 100, message = "must be 100 to 599") @Max(value = 599,
						message = "must be 100 to 599") @JsonProperty("status") Integer status,
		@Schema(description = "Sent at or after this wall-clock time (ISO-8601)",
				example = "2026-03-02T09:15:00Z") @Size(max = 64,
						message = "must be an ISO-8601 time such as 2036-01-01T00:00:00Z") @JsonProperty("since") String since,
		@Schema(description = "Sent at or after this emulated time (ISO-8601)", example = "2036-01-01T00:00:00Z") @Size(
				max = 64,
				message = "must be an ISO-8601 time such as 2036-01-01T00:00:00Z") @JsonProperty("emulated_since") String emulatedSince,
		@Schema(description = "Query parameters each sent with this value (decoded), at most 32",
				example = "{\"task_type\":\"firmwareUpgrade\"}") @JsonProperty("query") Map<String, String> query,
		@Schema(description = "Request headers (name in any case) each sent with this value, at most 32; "
				+ "credentials are compared masked",
				example = "{\"X-Project-Id\":\"p1\"}") @JsonProperty("headers") Map<String, String> headers,
		@Schema(description = "Text the request body holds (within its excerpt)", example = "\"d1\"",
				maxLength = 65536) @Size(min = 1, max = 65_536,
						message = "must be 1 to 65536 characters") @JsonProperty("body_contains") String bodyContains,
		@Schema(description = "JSON paths into the request body (within its excerpt), at most 16",
				maxLength = 16) @Size(max = 16,
						message = "must hold at most 16 paths") @JsonProperty("body_json_paths") List<@NotNull(
								message = "must not be null") @Valid JsonPathCondition> bodyJsonPaths,
		@Schema(description = "How many requests should match: on any other count the answer lists the nearest "
				+ "requests", example = "1", minimum = "0",
				maximum = "100000") @Min(value = 0, message = "must be 0 to 100000") @Max(value = 100_000,
						message = "must be 0 to 100000") @JsonProperty("expected_count") Integer expectedCount,
		@Schema(description = "How many nearest requests a mismatch lists (default 5)", example = "5", minimum = "1",
				maximum = "100") @Min(value = 1, message = "must be 1 to 100") @Max(value = 100,
						message = "must be 1 to 100") @JsonProperty("nearest_limit") Integer nearestLimit) {

	/** Query parameters or headers per request body. */
	static final int MAX_PAIRS = 32;

	/**
	 * A JSON path into the request body (Jayway syntax, without {@code =~}) that must
	 * find something, equal to {@code equal_to} when that is given.
	 */
	@Schema(name = "BodyJsonPath", description = "A JSON path into the request body")
	record JsonPathCondition(@Schema(description = "Jayway JSON path", example = "$.targets", maxLength = 512) @NotNull(
			message = "is required") @Size(min = 1, max = 512, message = "must be 1 to 512 characters") @PlainText(
					message = "must not hold control characters") @JsonProperty("path") String path,
			@Schema(description = "Any JSON value (null included): what the path must find; absent: it must find "
					+ "something",
					types = {
							"array", "boolean", "null", "number", "object", "string" },
					example = "[\"d1\",\"d2\"]") @JsonProperty("equal_to") JsonNode equalTo){
	}

}
