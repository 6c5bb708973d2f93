package io.iotda.emulator.controlplane.journal;

import io.iotda.emulator.controlplane.ControlPlaneInput;
import io.iotda.emulator.controlplane.PlainText;
import io.iotda.emulator.web.error.InvalidInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request journal over HTTP: mapping, and the checks of what annotations cannot say
 * (times, the query and header maps, JSON paths); {@link RequestJournal} does the work.
 */
@RestController
@RequestMapping(path = "/_emulator/requests", produces = MediaType.APPLICATION_JSON_VALUE)
class RequestJournalController implements RequestJournalApi {

	private static final int DEFAULT_NEAREST = 5;

	private final RequestJournal journal;

	private final ControlPlaneInput input;

	private final JsonMapper json;

	RequestJournalController(RequestJournal journal, ControlPlaneInput input, JsonMapper json) {
		this.journal = journal;
		this.input = input;
		this.json = json;
	}

	@Override
	@GetMapping
	public JournalAnswers.Requests list(@RequestParam(name = "limit", defaultValue = "50") Integer limit,
			@RequestParam(name = "method", required = false) String method,
			@RequestParam(name = "path_pattern", required = false) String pathPattern,
			@RequestParam(name = "path_contains", required = false) String pathContains,
			@RequestParam(name = "project_id", required = false) String projectId,
			@RequestParam(name = "status", required = false) Integer status,
			@RequestParam(name = "since", required = false) String since,
			@RequestParam(name = "emulated_since", required = false) String emulatedSince) {
		RequestPattern pattern = RequestPattern.builder(this.json)
			.method(method)
			.pathPattern(pathPattern)
			.pathContains(pathContains)
			.projectId(projectId)
			.status(status)
			.since(time("since", since))
			.emulatedSince(time("emulated_since", emulatedSince))
			.build();
		return this.journal.list(pattern, limit);
	}

	@Override
	@PostMapping(path = "/count", consumes = MediaType.APPLICATION_JSON_VALUE)
	public JournalAnswers.Count count(@RequestBody CountRequest request) {
		this.input.check(request);
		checkPairs("query", request.query());
		checkPairs("headers", request.headers());
		RequestPattern.Builder pattern = RequestPattern.builder(this.json)
			.method(request.method())
			.pathPattern(request.pathPattern())
			.projectId(request.projectId())
			.status(request.status())
			.since(time("since", request.since()))
			.emulatedSince(time("emulated_since", request.emulatedSince()))
			.query(request.query())
			.headers(request.headers())
			.bodyContains(request.bodyContains());
		if (request.bodyJsonPaths() != null) {
			for (int i = 0; i < request.bodyJsonPaths().size(); i++) {
				CountRequest.JsonPathCondition condition = request.bodyJsonPaths().get(i);
				pattern.jsonPath(condition.path(), condition.equalTo(), "body_json_paths[" + i + "].path");
			}
		}
		return this.journal.count(pattern.build(), request.expectedCount(),
				(request.nearestLimit() != null) ? request.nearestLimit() : DEFAULT_NEAREST);
	}

	@Override
	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void clear() {
		this.journal.clear();
	}

	/** An ISO-8601 instant, with Z or an offset. */
	private static Instant time(String name, String value) {
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(name + " must be an ISO-8601 time such as 2036-01-01T00:00:00Z.");
		}
	}

	/** At most 32 names of 1 to 256 characters, each with a value of at most 4096. */
	private static void checkPairs(String field, Map<String, String> pairs) {
		if (pairs == null) {
			return;
		}
		if (pairs.size() > CountRequest.MAX_PAIRS) {
			throw new InvalidInputException(field + " must hold at most " + CountRequest.MAX_PAIRS + " names.");
		}
		pairs.forEach((name, value) -> {
			if (name.isEmpty() || name.length() > 256 || !PlainText.Validator.isPlain(name)) {
				throw new InvalidInputException(
						field + " names must be 1 to 256 characters without control characters.");
			}
			if (value == null || value.length() > 4096 || !PlainText.Validator.isPlain(value)) {
				throw new InvalidInputException(
						field + "." + name + " must be a text of at most 4096 characters without control characters.");
			}
		});
	}

}
