package io.iotda.emulator.controlplane.journal;

import com.google.re2j.Pattern;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.iotda.emulator.web.error.InvalidInputException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a journaled request must be like to match: conditions on its method, path,
 * project, status, time, query parameters, headers and body, all of which must hold. For
 * a request that does not match, it says which conditions it breaks, in words, so that a
 * verification that failed can show the nearest requests and what kept each from
 * matching.
 * <p>
 * Body conditions see what the journal kept of the body: its first
 * {@code journal-body-excerpt} bytes. Header conditions see the headers as kept:
 * credentials masked.
 */
final class RequestPattern {

	/** One condition: null when the entry meets it, else why not. */
	@FunctionalInterface
	private interface Condition {

		String unmet(JournalEntry entry, Body body);

	}

	/** Numbers are equal by value (1, 1.0 and 1e0 alike); everything else as usual. */
	private static final Comparator<JsonNode> BY_VALUE = (left, right) -> {
		if (left.isNumber() && right.isNumber()) {
			return left.decimalValue().compareTo(right.decimalValue());
		}
		return left.equals(right) ? 0 : 1;
	};

	private static final int SHOWN = 200;

	private final List<Condition> conditions;

	private RequestPattern(List<Condition> conditions) {
		this.conditions = List.copyOf(conditions);
	}

	static Builder builder(JsonMapper json) {
		return new Builder(json);
	}

	boolean matches(JournalEntry entry) {
		Body body = new Body(entry);
		for (Condition condition : this.conditions) {
			if (condition.unmet(entry, body) != null) {
				return false;
			}
		}
		return true;
	}

	/** The conditions the entry breaks, in words, in the order they were given. */
	List<String> unmet(JournalEntry entry) {
		Body body = new Body(entry);
		List<String> unmet = new ArrayList<>();
		for (Condition condition : this.conditions) {
			String why = condition.unmet(entry, body);
			if (why != null) {
				unmet.add(why);
			}
		}
		return unmet;
	}

	/** The request body as JSON, parsed once per entry, when a condition asks. */
	private static final class Body {

		private final JournalEntry entry;

		private DocumentContext document;

		private String problem;

		Body(JournalEntry entry) {
			this.entry = entry;
		}

		String text() {
			return this.entry.requestBody().text();
		}

		/** The parsed body, or null with {@link #problem()} saying why there is none. */
		DocumentContext document() {
			if (this.document == null && this.problem == null) {
				JournalEntry.Excerpt excerpt = this.entry.requestBody();
				if (excerpt.text() == null) {
					this.problem = "the body is empty";
				}
				else {
					try {
						this.document = JsonPath.parse(excerpt.text());
					}
					catch (RuntimeException ex) {
						this.problem = excerpt.truncated() ? "the body's excerpt is not JSON (cut at its end)"
								: "the body is not JSON";
					}
				}
			}
			return this.document;
		}

		String problem() {
			return this.problem;
		}

	}

	static final class Builder {

		private final List<Condition> conditions = new ArrayList<>();

		private final JsonMapper json;

		private Builder(JsonMapper json) {
			this.json = json;
		}

		Builder method(String method) {
			if (method != null) {
				this.conditions.add((entry, body) -> entry.method().equalsIgnoreCase(method) ? null
						: "method is " + entry.method() + ", not " + method.toUpperCase(Locale.ROOT));
			}
			return this;
		}

		Builder pathPattern(String glob) {
			if (glob != null) {
				PathGlob path = PathGlob.of(glob);
				this.conditions.add((entry, body) -> path.matches(entry.path()) ? null
						: "path " + entry.path() + " does not match " + glob);
			}
			return this;
		}

		Builder pathContains(String part) {
			if (part != null) {
				this.conditions.add((entry, body) -> entry.path().contains(part) ? null
						: "path " + entry.path() + " does not contain " + part);
			}
			return this;
		}

		Builder projectId(String projectId) {
			if (projectId != null) {
				this.conditions.add((entry, body) -> projectId.equals(entry.projectId()) ? null : "project is "
						+ Objects.requireNonNullElse(entry.projectId(), "(none)") + ", not " + projectId);
			}
			return this;
		}

		Builder status(Integer status) {
			if (status != null) {
				this.conditions.add((entry, body) -> (entry.status() == status) ? null
						: "status is " + entry.status() + ", not " + status);
			}
			return this;
		}

		Builder since(Instant since) {
			if (since != null) {
				this.conditions.add((entry, body) -> !entry.time().isBefore(since) ? null
						: "sent at " + entry.time() + ", before " + since);
			}
			return this;
		}

		Builder emulatedSince(Instant since) {
			if (since != null) {
				this.conditions
					.add((entry, body) -> (entry.emulatedTime() != null && !entry.emulatedTime().isBefore(since)) ? null
							: "sent at emulated " + entry.emulatedTime() + ", before " + since);
			}
			return this;
		}

		/** Each parameter must have been sent with this value (decoded), among others. */
		Builder query(Map<String, String> parameters) {
			if (parameters != null) {
				parameters.forEach((name, value) -> this.conditions.add((entry, body) -> {
					List<String> sent = queryValues(entry.query(), name);
					if (sent.contains(value)) {
						return null;
					}
					return sent.isEmpty() ? "query has no " + name
							: "query " + name + " is " + String.join(", ", sent) + ", not " + value;
				}));
			}
			return this;
		}

		/** Each header (name in any case) must have been sent with this value. */
		Builder headers(Map<String, String> headers) {
			if (headers != null) {
				headers.forEach((name, value) -> this.conditions.add((entry, body) -> {
					List<String> sent = entry.requestHeader(name);
					if (sent.contains(value)) {
						return null;
					}
					return sent.isEmpty() ? "header " + name + " was not sent"
							: "header " + name + " is " + shown(String.join(", ", sent)) + ", not " + shown(value);
				}));
			}
			return this;
		}

		Builder bodyContains(String part) {
			if (part != null) {
				this.conditions.add((entry, body) -> {
					String text = body.text();
					if (text != null && text.contains(part)) {
						return null;
					}
					return "body does not contain " + shown(part)
							+ (entry.requestBody().truncated() ? " (in its excerpt)" : "");
				});
			}
			return this;
		}

		/**
		 * The JSON path must find something in the body; when {@code equalTo} is given
		 * (JSON {@code null} included), what it finds must equal it.
		 * @param location where the path was given, for the answer to bad input
		 */
		Builder jsonPath(String expression, JsonNode equalTo, String location) {
			if (expression.contains("=~")) {
				throw new InvalidInputException(location + " must not use =~ (regular expressions).");
			}
			JsonPath path;
			try {
				path = JsonPath.compile(expression);
			}
			catch (RuntimeException ex) {
				// Jayway fails in many ways on a broken path, some not its own: the
				// message would name Java classes, so only the location is named.
				throw new InvalidInputException(location + " is not a JSON path (Jayway syntax).");
			}
			JsonMapper mapper = this.json;
			this.conditions.add((entry, body) -> {
				DocumentContext document = body.document();
				if (document == null) {
					return "body at " + expression + ": " + body.problem();
				}
				Object found;
				try {
					found = document.read(path);
				}
				catch (RuntimeException ex) {
					// not there (PathNotFoundException), or a filter that cannot apply
					return "body has nothing at " + expression;
				}
				if (!path.isDefinite() && found instanceof List<?> list && list.isEmpty()) {
					return "body has nothing at " + expression;
				}
				if (equalTo == null) {
					return null;
				}
				String foundJson = (found != null) ? Configuration.defaultConfiguration().jsonProvider().toJson(found)
						: "null";
				JsonNode foundNode;
				try {
					foundNode = mapper.readTree(foundJson);
				}
				catch (JacksonException ex) {
					return "body at " + expression + " is " + shown(foundJson) + ", not " + shown(equalTo.toString());
				}
				return foundNode.equals(BY_VALUE, equalTo) ? null
						: "body at " + expression + " is " + shown(foundJson) + ", not " + shown(equalTo.toString());
			});
			return this;
		}

		RequestPattern build() {
			return new RequestPattern(this.conditions);
		}

		private static List<String> queryValues(String query, String name) {
			List<String> values = new ArrayList<>(1);
			if (query == null) {
				return values;
			}
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				String key = decode((equals >= 0) ? pair.substring(0, equals) : pair);
				if (name.equals(key)) {
					values.add((equals >= 0) ? decode(pair.substring(equals + 1)) : "");
				}
			}
			return values;
		}

		private static String decode(String text) {
			try {
				return URLDecoder.decode(text, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return text;
			}
		}

	}

	private static String shown(String text) {
		return (text.length() > SHOWN) ? text.substring(0, SHOWN) + "..." : text;
	}

	/**
	 * A glob over a path as the client sent it: {@code *} stands for any run of
	 * characters within a segment (no {@code /}), {@code **} for any run at all,
	 * {@code ?} for one character other than {@code /}; every other character for itself.
	 * Matched by RE2 ({@code re2j}), in time linear in the path's length whatever the
	 * pattern.
	 */
	static final class PathGlob {

		private final String glob;

		private final Pattern pattern;

		private PathGlob(String glob, Pattern pattern) {
			this.glob = glob;
			this.pattern = pattern;
		}

		static PathGlob of(String glob) {
			StringBuilder regex = new StringBuilder(glob.length() + 16);
			StringBuilder literal = new StringBuilder();
			for (int i = 0; i < glob.length(); i++) {
				char c = glob.charAt(i);
				if (c != '*' && c != '?') {
					literal.append(c);
					continue;
				}
				if (!literal.isEmpty()) {
					regex.append(Pattern.quote(literal.toString()));
					literal.setLength(0);
				}
				if (c == '?') {
					regex.append("[^/]");
				}
				else if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
					regex.append("(?s:.*)");
					i++;
				}
				else {
					regex.append("[^/]*");
				}
			}
			if (!literal.isEmpty()) {
				regex.append(Pattern.quote(literal.toString()));
			}
			return new PathGlob(glob, Pattern.compile(regex.toString()));
		}

		boolean matches(String path) {
			return this.pattern.matches(path);
		}

		@Override
		public String toString() {
			return this.glob;
		}

	}

}
