package io.iotda.emulator.controlplane.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.controlplane.EmulatorProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journal's bounds (the newest entries, the count of dropped ones), the cut of a body
 * excerpt at a character boundary, and the order of the nearest requests.
 */
class RequestJournalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void keepsTheNewestEntriesAndCountsTheDroppedUntilItIsEmptied() {
		RequestJournal journal = journal(3);
		for (int i = 1; i <= 5; i++) {
			journal.record(entry("GET", "/v5/iot/p1/batchtasks", "n=" + i, null));
		}

		assertThat(journal.contents().newestFirst()).extracting(JournalEntry::query)
			.containsExactly("n=5", "n=4", "n=3");
		assertThat(journal.contents().dropped()).isEqualTo(2);

		journal.clear();
		assertThat(journal.contents().newestFirst()).isEmpty();
		assertThat(journal.contents().dropped()).isZero();
	}

	@Test
	void listsTheMatchesNewestFirstUpToTheLimit() {
		RequestJournal journal = journal(10);
		journal.record(entry("GET", "/v5/iot/p1/batchtasks", "n=1", null));
		journal.record(entry("POST", "/v5/iot/p1/batchtasks", null, "{}"));
		journal.record(entry("GET", "/v5/iot/p1/batchtasks", "n=2", null));
		journal.record(entry("GET", "/v5/iot/p1/batchtasks", "n=3", null));

		assertThat(journal.list(RequestPattern.builder(JSON).method("GET").build(), 2).requests())
			.extracting(RequestView::query)
			.containsExactly("n=3", "n=2");
	}

	@Test
	void namesTheMatchesThenTheNearestMissesNewestFirstWhenACountIsNotAsExpected() {
		RequestJournal journal = journal(10);
		journal.record(entry("GET", "/v5/iot/p1/batchtasks", "a", null));
		journal.record(entry("POST", "/v5/iot/p1/batchtasks/x/stop", "b", "{\"targets\":[\"d1\"]}"));
		journal.record(entry("POST", "/v5/iot/p1/batchtasks/y/stop", "c", "{\"targets\":[\"d1\",\"d2\"]}"));
		journal.record(entry("POST", "/v5/iot/p1/batchtasks/z/stop", "d", "{\"targets\":[\"d3\"]}"));
		RequestPattern pattern = RequestPattern.builder(JSON)
			.method("POST")
			.pathPattern("/v5/iot/p1/batchtasks/*/stop")
			.bodyContains("\"d1\"")
			.build();

		JournalAnswers.Count count = journal.count(pattern, 3, 3);

		assertThat(count.count()).isEqualTo(2);
		assertThat(count.asExpected()).isFalse();
		assertThat(count.nearest()).extracting((near) -> near.request().query()).containsExactly("c", "b", "d");
		assertThat(count.nearest()).extracting(JournalAnswers.Nearest::unmet)
			.containsExactly(List.of(), List.of(), List.of("body does not contain \"d1\""));
		assertThat(journal.count(pattern, 2, 3).nearest()).isNull();
		assertThat(journal.count(pattern, null, 3).asExpected()).isNull();
	}

	@Test
	void cutsAnExcerptBeforeACharacterItWouldSplit() {
		byte[] text = "abé€𝄞".getBytes(StandardCharsets.UTF_8);
		// a b (1 byte each), é (2), € (3), 𝄞 (4): 11 bytes
		assertThat(JournalEntry.Excerpt.of(text, 3, true).text()).isEqualTo("ab");
		assertThat(JournalEntry.Excerpt.of(text, 4, true).text()).isEqualTo("abé");
		assertThat(JournalEntry.Excerpt.of(text, 6, true).text()).isEqualTo("abé");
		assertThat(JournalEntry.Excerpt.of(text, 7, true).text()).isEqualTo("abé€");
		assertThat(JournalEntry.Excerpt.of(text, 10, true).text()).isEqualTo("abé€");
		assertThat(JournalEntry.Excerpt.of(text, 11, false).text()).isEqualTo("abé€𝄞");
		assertThat(JournalEntry.Excerpt.of(text, 1, true)).isEqualTo(new JournalEntry.Excerpt("a", true));
	}

	private static RequestJournal journal(int size) {
		return new RequestJournal(
				new EmulatorProperties("", size, 1024, 3, Duration.ofSeconds(1), Duration.ofSeconds(5), List.of()));
	}

	static JournalEntry entry(String method, String path, String query, String body) {
		return new JournalEntry(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2036-01-01T00:00:00Z"), "id",
				method, path, query, "p1", null, new String[0],
				(body != null) ? new JournalEntry.Excerpt(body, false) : JournalEntry.Excerpt.NONE, 200, new String[0],
				JournalEntry.Excerpt.NONE, 1_000_000);
	}

}
