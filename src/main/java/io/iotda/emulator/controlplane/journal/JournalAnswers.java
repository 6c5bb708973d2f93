package io.iotda.emulator.controlplane.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What the request journal's operations answer. */
final class JournalAnswers {

	private JournalAnswers() {
	}

	/** Journaled requests, newest first. */
	@Schema(name = "JournaledRequests")
	record Requests(@JsonProperty("requests") List<RequestView> requests, @Schema(
			description = "Requests the journal dropped, oldest first, to stay within journal-size since it was last "
					+ "emptied: an answer may miss that many",
			example = "0") @JsonProperty("dropped") long dropped) {
	}

	/**
	 * How many journaled requests match, and when not as many as expected, the nearest.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "RequestCountAnswer")
	record Count(@Schema(description = "Requests that match", example = "1") @JsonProperty("count") int count,
			@Schema(description = "As given", example = "1") @JsonProperty("expected_count") Integer expectedCount,
			@Schema(description = "Whether count equals expected_count (only when that is given)",
					example = "true") @JsonProperty("as_expected") Boolean asExpected,
			@Schema(description = "Requests the journal dropped to stay within journal-size since it was last "
					+ "emptied: the count may miss that many", example = "0") @JsonProperty("dropped") long dropped,
			@Schema(description = "Only when count is not expected_count: the requests nearest the conditions, "
					+ "those that match first, then those that break the fewest, newest first among equals") @JsonProperty("nearest") List<Nearest> nearest) {
	}

	/** A request near the conditions, and which of them it breaks. */
	@Schema(name = "NearRequest")
	record Nearest(@Schema(description = "The conditions it breaks, in words; empty when it matches",
			example = "[\"body at $.targets is [\\\"d1\\\"], not [\\\"d1\\\",\\\"d2\\\"]\"]") @JsonProperty("unmet") List<String> unmet,
			@JsonProperty("request") RequestView request) {
	}

}
