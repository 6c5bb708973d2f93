package io.iotda.emulator.controlplane.journal;

import io.iotda.emulator.controlplane.EmulatorProperties;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The most recent calls of the emulated API, newest first, in memory (per emulator
 * instance) and bounded: at most {@code iotda.emulator.journal-size} entries, each
 * holding at most {@code iotda.emulator.journal-body-excerpt} bytes of each body. When it
 * is full the oldest entry is dropped for each new one, and the drops are counted until
 * the journal is emptied, so a reader can tell that a count may miss requests. A size of
 * 0 switches it off: nothing is recorded, and the filter does not even wrap the request.
 */
@Component
public class RequestJournal {

	/** What the journal holds at one moment. */
	record Contents(List<JournalEntry> newestFirst, long dropped) {
	}

	private final int capacity;

	private final int excerptBytes;

	private final Deque<JournalEntry> entries;

	private long dropped;

	RequestJournal(EmulatorProperties properties) {
		this.capacity = properties.journalSize();
		this.excerptBytes = properties.journalBodyExcerpt();
		this.entries = new ArrayDeque<>(Math.min(this.capacity, 1024));
	}

	/** Whether requests are recorded at all. */
	boolean isOn() {
		return this.capacity > 0;
	}

	/** How many bytes of each body are kept. */
	int excerptBytes() {
		return this.excerptBytes;
	}

	synchronized void record(JournalEntry entry) {
		if (this.entries.size() == this.capacity) {
			this.entries.removeLast();
			this.dropped++;
		}
		this.entries.addFirst(entry);
	}

	/**
	 * A copy of the entries (references only; entries never change), so that reading and
	 * matching them does not hold up requests being recorded.
	 */
	synchronized Contents contents() {
		return new Contents(new ArrayList<>(this.entries), this.dropped);
	}

	/** Up to {@code limit} entries that match, newest first. */
	JournalAnswers.Requests list(RequestPattern pattern, int limit) {
		Contents contents = contents();
		List<RequestView> found = new ArrayList<>(Math.min(limit, contents.newestFirst().size()));
		for (JournalEntry entry : contents.newestFirst()) {
			if (found.size() == limit) {
				break;
			}
			if (pattern.matches(entry)) {
				found.add(RequestView.of(entry));
			}
		}
		return new JournalAnswers.Requests(found, contents.dropped());
	}

	/**
	 * How many entries match; when {@code expected} is given and the count is another,
	 * also the {@code nearestLimit} entries nearest the pattern: those that match first,
	 * then those that break the fewest conditions, newest first among equals.
	 */
	JournalAnswers.Count count(RequestPattern pattern, Integer expected, int nearestLimit) {
		Contents contents = contents();
		int count = 0;
		for (JournalEntry entry : contents.newestFirst()) {
			if (pattern.matches(entry)) {
				count++;
			}
		}
		if (expected == null || expected == count) {
			return new JournalAnswers.Count(count, expected, (expected != null) ? Boolean.TRUE : null,
					contents.dropped(), null);
		}
		record Ranked(JournalEntry entry, List<String> unmet) {
		}
		List<Ranked> ranked = new ArrayList<>(contents.newestFirst().size());
		for (JournalEntry entry : contents.newestFirst()) {
			ranked.add(new Ranked(entry, pattern.unmet(entry)));
		}
		// a stable sort: newest first among equals
		ranked.sort(Comparator.comparingInt((Ranked candidate) -> candidate.unmet().size()));
		List<JournalAnswers.Nearest> nearest = ranked.stream()
			.limit(nearestLimit)
			.map((candidate) -> new JournalAnswers.Nearest(candidate.unmet(), RequestView.of(candidate.entry())))
			.toList();
		return new JournalAnswers.Count(count, expected, Boolean.FALSE, contents.dropped(), nearest);
	}

	/** Forgets every entry, and the count of dropped ones. */
	public synchronized void clear() {
		this.entries.clear();
		this.dropped = 0;
	}

}
