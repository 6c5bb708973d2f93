package io.iotda.emulator.controlplane.journal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What clients really sent to the emulated API. */
@RestController
@RequestMapping(path = "/_emulator/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Request journal", description = "Recent calls of the batch-task API, newest first (bounded, in memory)")
class RequestJournalController {

	private final RequestJournal journal;

	RequestJournalController(RequestJournal journal) {
		this.journal = journal;
	}

	@GetMapping
	@Operation(summary = "Recent requests", description = "Newest first; path_contains filters on the path.")
	Map<String, List<RequestJournal.Entry>> recent(
			@RequestParam(name = "limit", required = false, defaultValue = "50") int limit,
			@RequestParam(name = "path_contains", required = false) String pathContains) {
		return Map.of("requests", this.journal.recent(Math.max(1, Math.min(limit, 100_000)), pathContains));
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Empty the journal")
	void clear() {
		this.journal.clear();
	}

}
