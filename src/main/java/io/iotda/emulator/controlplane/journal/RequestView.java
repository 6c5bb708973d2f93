package io.iotda.emulator.controlplane.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/** One journaled call of the emulated API, as the control plane shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "JournaledRequest", description = "One call of the emulated API: what was sent and what was answered")
record RequestView(
		@Schema(description = "When it arrived, by the wall clock (ISO-8601)",
				example = "2026-03-02T09:15:01.234Z") @JsonProperty("time") String time,
		@Schema(description = "When it arrived, by the emulated clock (ISO-8601)",
				example = "2036-01-01T00:00:00Z") @JsonProperty("emulated_time") String emulatedTime,
		@Schema(description = "The X-Request-Id it was answered with",
				example = "7127b37e51a7450fa40bab093344d161") @JsonProperty("request_id") String requestId,
		@Schema(example = "POST") @JsonProperty("method") String method,
		@Schema(description = "As the client spelled it (still percent-encoded)",
				example = "/v5/iot/p1/batchtasks/0123456789abcdef01234567/stop") @JsonProperty("path") String path,
		@Schema(description = "The query string as sent", example = "limit=10") @JsonProperty("query") String query,
		@Schema(description = "The {project_id} of the path",
				example = "p1") @JsonProperty("project_id") String projectId,
		@Schema(description = "The Instance-Id header; absent for the default instance",
				example = "inst-1") @JsonProperty("instance_id") String instanceId,
		@Schema(description = "The answer's status", example = "200") @JsonProperty("status") int status,
		@Schema(description = "From arrival to answer, in milliseconds",
				example = "12") @JsonProperty("latency_ms") long latencyMs,
		@Schema(description = "The request's headers; repeated ones joined with \", \"; credentials masked "
				+ "(X-Auth-Token, X-Security-Token, cookies: ****; Authorization: the signature only)",
				example = "{\"Content-Type\":\"application/json\",\"X-Project-Id\":\"p1\"}") @JsonProperty("request_headers") Map<String, String> requestHeaders,
		@Schema(description = "The start of the request body (journal-body-excerpt bytes)") @JsonProperty("body_excerpt") String bodyExcerpt,
		@Schema(description = "Whether the request body was longer than its excerpt",
				example = "false") @JsonProperty("body_truncated") boolean bodyTruncated,
		@Schema(description = "The answer's headers",
				example = "{\"X-Request-Id\":\"7127b37e51a7450fa40bab093344d161\",\"Content-Type\":\"application/json\"}") @JsonProperty("response_headers") Map<String, String> responseHeaders,
		@Schema(description = "The start of the answer's body (journal-body-excerpt bytes)") @JsonProperty("response_body_excerpt") String responseBodyExcerpt,
		@Schema(description = "Whether the answer's body was longer than its excerpt",
				example = "false") @JsonProperty("response_body_truncated") boolean responseBodyTruncated) {

	static RequestView of(JournalEntry entry) {
		return new RequestView(entry.time().toString(),
				(entry.emulatedTime() != null) ? entry.emulatedTime().toString() : null, entry.requestId(),
				entry.method(), entry.path(), entry.query(), entry.projectId(), entry.instanceId(), entry.status(),
				entry.latencyNanos() / 1_000_000, headers(entry.requestHeaders()), entry.requestBody().text(),
				entry.requestBody().truncated(), headers(entry.responseHeaders()), entry.responseBody().text(),
				entry.responseBody().truncated());
	}

	private static Map<String, String> headers(String[] pairs) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			headers.merge(pairs[i], pairs[i + 1], (first, next) -> first + ", " + next);
		}
		return headers;
	}

}
