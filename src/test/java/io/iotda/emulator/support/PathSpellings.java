package io.iotda.emulator.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Other spellings of a path, as a hostile client would send them: each a request target
 * that Spring MVC might route to the same handler, or that a filter reading the raw URI
 * would classify differently. Matrix parameters on every segment, every character of
 * every segment percent-encoded (upper- and lower-case hex), dot segments (plain and
 * encoded), empty segments ({@code //}), a trailing slash, and upper case.
 */
public final class PathSpellings {

	private PathSpellings() {
	}

	/** A spelling of the path, and what was done to it (for failure messages). */
	public record Spelling(String how, String path) {

		@Override
		public String toString() {
			return this.how + ": " + this.path;
		}

	}

	/** Every spelling of {@code path} (an absolute path of plain segments). */
	public static List<Spelling> of(String path) {
		List<String> segments = List.of(path.substring(1).split("/"));
		Map<String, Spelling> spellings = new LinkedHashMap<>();
		for (int i = 0; i < segments.size(); i++) {
			String segment = segments.get(i);
			add(spellings, "matrix parameter on segment " + i, replace(segments, i, segment + ";x=1"));
			add(spellings, "empty matrix parameter on segment " + i, replace(segments, i, segment + ";"));
			add(spellings, "matrix parameter only on segment " + i, replace(segments, i, segment + ";=/"));
			for (int c = 0; c < segment.length(); c++) {
				String encoded = percent(segment.charAt(c));
				add(spellings, "character " + c + " of segment " + i + " encoded",
						replace(segments, i, segment.substring(0, c) + encoded + segment.substring(c + 1)));
				add(spellings, "character " + c + " of segment " + i + " encoded in lower-case hex", replace(segments,
						i, segment.substring(0, c) + encoded.toLowerCase(Locale.ROOT) + segment.substring(c + 1)));
			}
			StringBuilder whole = new StringBuilder();
			segment.chars().forEach((c) -> whole.append(percent((char) c)));
			add(spellings, "segment " + i + " wholly encoded", replace(segments, i, whole.toString()));
			add(spellings, "segment " + i + " in upper case", replace(segments, i, segment.toUpperCase(Locale.ROOT)));
			add(spellings, "segment " + i + " capitalised",
					replace(segments, i, Character.toUpperCase(segment.charAt(0)) + segment.substring(1)));
			add(spellings, "'.' before segment " + i, insert(segments, i, "."));
			add(spellings, "'%2E' before segment " + i, insert(segments, i, "%2E"));
			add(spellings, "'x/..' before segment " + i, insert(segments, i, "x/.."));
			add(spellings, "'x/%2e%2e' before segment " + i, insert(segments, i, "x/%2e%2e"));
			add(spellings, "'..' and itself after segment " + i, replace(segments, i, segment + "/../" + segment));
			add(spellings, "empty segment before segment " + i, insert(segments, i, ""));
		}
		add(spellings, "trailing slash", path + "/");
		add(spellings, "trailing '.'", path + "/.");
		add(spellings, "trailing empty segment", path + "//");
		add(spellings, "trailing matrix parameter", path + ";x=1");
		spellings.remove(path);
		return new ArrayList<>(spellings.values());
	}

	private static void add(Map<String, Spelling> spellings, String how, String path) {
		spellings.putIfAbsent(path, new Spelling(how, path));
	}

	private static String replace(List<String> segments, int index, String value) {
		List<String> copy = new ArrayList<>(segments);
		copy.set(index, value);
		return "/" + String.join("/", copy);
	}

	private static String insert(List<String> segments, int index, String value) {
		List<String> copy = new ArrayList<>(segments);
		copy.add(index, value);
		return "/" + String.join("/", copy);
	}

	private static String percent(char c) {
		StringBuilder out = new StringBuilder();
		for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
			out.append('%').append(String.format("%02X", b & 0xff));
		}
		return out.toString();
	}

}
