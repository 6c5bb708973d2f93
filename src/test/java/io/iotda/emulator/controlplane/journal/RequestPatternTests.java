package io.iotda.emulator.controlplane.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.iotda.emulator.web.error.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The verify API's conditions, one by one, and how each says that it is not met. */
class RequestPatternTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aPathGlobsStarStaysWithinASegmentAndTwoStarsCrossThem() {
		RequestPattern.PathGlob glob = RequestPattern.PathGlob.of("/v5/iot/*/batchtasks/?x/stop");
		assertThat(glob.matches("/v5/iot/p1/batchtasks/ax/stop")).isTrue();
		assertThat(glob.matches("/v5/iot/p1/p2/batchtasks/ax/stop")).isFalse();
		assertThat(glob.matches("/v5/iot/p1/batchtasks/abx/stop")).isFalse();
		assertThat(RequestPattern.PathGlob.of("/v5/**").matches("/v5/iot/p1/batchtasks/a/stop")).isTrue();
		assertThat(RequestPattern.PathGlob.of("/v5/iot/p.1/(a)+").matches("/v5/iot/p.1/(a)+")).isTrue();
		assertThat(RequestPattern.PathGlob.of("/v5/iot/p.1/(a)+").matches("/v5/iot/px1/aa")).isFalse();
	}

	@Test
	void jsonPathsCompareValuesAsJsonWithNumbersByValue() {
		JournalEntry stop = RequestJournalTests.entry("POST", "/s", null,
				"{\"targets\":[\"d1\",\"d2\"],\"n\":3,\"flag\":null}");

		assertThat(pattern("$.targets", "[\"d1\",\"d2\"]").matches(stop)).isTrue();
		assertThat(pattern("$.targets", "[\"d2\",\"d1\"]").unmet(stop))
			.containsExactly("body at $.targets is [\"d1\",\"d2\"], not [\"d2\",\"d1\"]");
		assertThat(pattern("$.n", "3.0").matches(stop)).isTrue();
		assertThat(pattern("$.flag", "null").matches(stop)).isTrue();
		assertThat(pattern("$.targets[?(@ == 'd2')]", null).matches(stop)).isTrue();
		assertThat(pattern("$.targets[?(@ == 'd9')]", null).unmet(stop))
			.containsExactly("body has nothing at " + "$.targets[?(@ == 'd9')]");
		assertThat(pattern("$.missing", null).unmet(stop)).containsExactly("body has nothing at $.missing");
		assertThat(pattern("$.n", null).unmet(RequestJournalTests.entry("POST", "/s", null, "{\"n\":")))
			.containsExactly("body at $.n: the body is not JSON");
		assertThat(pattern("$.n", null).unmet(RequestJournalTests.entry("GET", "/s", null, null)))
			.containsExactly("body at $.n: the body is empty");
	}

	@Test
	void anEqualToOfNullAsksForJsonNullWhereAnAbsentOneAsksForAnything() {
		CountRequest.JsonPathCondition explicitNull = JSON.readValue("{\"path\":\"$.flag\",\"equal_to\":null}",
				CountRequest.JsonPathCondition.class);
		CountRequest.JsonPathCondition absent = JSON.readValue("{\"path\":\"$.flag\"}",
				CountRequest.JsonPathCondition.class);
		JournalEntry flagged = RequestJournalTests.entry("POST", "/s", null, "{\"flag\":false}");

		assertThat(explicitNull.equalTo()).isNotNull();
		assertThat(explicitNull.equalTo().isNull()).isTrue();
		assertThat(absent.equalTo()).isNull();
		assertThat(pattern("$.flag", "null").unmet(flagged)).containsExactly("body at $.flag is false, not null");
		assertThat(pattern("$.flag", null).matches(flagged)).isTrue();
	}

	@Test
	void refusesAJsonPathItCannotCompileOrThatUsesRegularExpressions() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> pattern("$[", null))
			.satisfies((ex) -> assertThat(ex.detail()).isEqualTo("here is not a JSON path (Jayway syntax)."));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> pattern("$[?(@ =~ /a/)]", null))
			.satisfies((ex) -> assertThat(ex.detail()).isEqualTo("here must not use =~ (regular expressions)."));
	}

	@Test
	void queryParametersAreComparedDecodedAndHeadersByNameInAnyCase() {
		JournalEntry entry = new JournalEntry(Instant.EPOCH, null, "id", "GET", "/l", "task_type=a%20b&limit=5&limit=6",
				null, null, new String[] { "X-Project-Id", "p1" }, JournalEntry.Excerpt.NONE, 200, new String[0],
				JournalEntry.Excerpt.NONE, 0);

		assertThat(RequestPattern.builder(JSON).query(Map.of("task_type", "a b", "limit", "6")).build().matches(entry))
			.isTrue();
		assertThat(RequestPattern.builder(JSON).query(Map.of("limit", "7")).build().unmet(entry))
			.containsExactly("query limit is 5, 6, not 7");
		assertThat(RequestPattern.builder(JSON).query(Map.of("offset", "0")).build().unmet(entry))
			.containsExactly("query has no offset");
		assertThat(RequestPattern.builder(JSON).headers(Map.of("x-project-id", "p1")).build().matches(entry)).isTrue();
		assertThat(RequestPattern.builder(JSON).headers(Map.of("X-Auth-Token", "t")).build().unmet(entry))
			.containsExactly("header X-Auth-Token was not sent");
		assertThat(RequestPattern.builder(JSON).projectId("p1").build().unmet(entry))
			.containsExactly("project is (none), not p1");
		assertThat(RequestPattern.builder(JSON).emulatedSince(Instant.EPOCH).build().unmet(entry))
			.containsExactly("sent at emulated null, before 1970-01-01T00:00:00Z");
	}

	@Test
	void listsEveryConditionAnEntryBreaksInTheOrderGiven() {
		JournalEntry entry = RequestJournalTests.entry("GET", "/v5/iot/p1/batchtasks", null, null);

		assertThat(RequestPattern.builder(JSON)
			.method("post")
			.pathPattern("/v5/iot/p1/batchtasks/*/stop")
			.status(201)
			.since(Instant.parse("2027-01-01T00:00:00Z"))
			.build()
			.unmet(entry))
			.isEqualTo(List.of("method is GET, not POST",
					"path /v5/iot/p1/batchtasks does not match /v5/iot/p1/batchtasks/*/stop", "status is 200, not 201",
					"sent at 2026-01-01T00:00:00Z, before 2027-01-01T00:00:00Z"));
	}

	private static RequestPattern pattern(String path, String equalTo) {
		return RequestPattern.builder(JSON)
			.jsonPath(path, (equalTo != null) ? JSON.readTree(equalTo) : null, "here")
			.build();
	}

}
