package io.iotda.emulator.controlplane.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.controlplane.EmulatorProperties;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The most recent API requests, newest first, in a bounded ring buffer (per instance).
 */
@Component
public class RequestJournal {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Entry(@JsonProperty("time") String time, @JsonProperty("method") String method,
			@JsonProperty("path") String path, @JsonProperty("query") String query, @JsonProperty("status") int status,
			@JsonProperty("latency_ms") long latencyMs, @JsonProperty("request_id") String requestId,
			@JsonProperty("body_excerpt") String bodyExcerpt, @JsonProperty("body_truncated") boolean bodyTruncated) {
	}

	private final int capacity;

	private final Deque<Entry> entries;

	RequestJournal(EmulatorProperties properties) {
		this.capacity = properties.journalSize();
		this.entries = new ArrayDeque<>(Math.min(this.capacity, 1024));
	}

	synchronized void record(Entry entry) {
		if (this.entries.size() == this.capacity) {
			this.entries.removeLast();
		}
		this.entries.addFirst(entry);
	}

	/**
	 * Up to {@code limit} entries, newest first, optionally only those whose path
	 * contains {@code pathPart}.
	 */
	synchronized List<Entry> recent(int limit, String pathPart) {
		List<Entry> result = new ArrayList<>(Math.min(limit, this.entries.size()));
		for (Iterator<Entry> it = this.entries.iterator(); it.hasNext() && result.size() < limit;) {
			Entry entry = it.next();
			if (pathPart == null || entry.path().contains(pathPart)) {
				result.add(entry);
			}
		}
		return result;
	}

	public synchronized void clear() {
		this.entries.clear();
	}

}
