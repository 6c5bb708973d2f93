package io.iotda.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the {@code curl} section of {@code docs/testing-your-app.md} against the emulator
 * on PostgreSQL, command by command, in the page's order: each command is read as a shell
 * would split it and sent as {@code curl} would send it (by Java's HTTP client, so no
 * {@code curl} needs to be installed), and its answer is checked against the status and
 * JSON the page shows after it ({@code # 200 {...}}: every field shown must be in the
 * answer with that value; lists are compared element by element). {@code > file} and
 * {@code -d @file} keep and send an answer as the shell would.
 */
class CurlRecipesIntegrationTests extends AbstractApiIntegrationTests {

	private static final Path PAGE = Path.of("docs", "testing-your-app.md");

	private static final String SECTION = "## Everything else: curl";

	private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern EXPECTATION = Pattern.compile("^# (\\d{3})(?: (.+))?$");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final Map<String, String> files = new HashMap<>();

	/** One command of the page, the answer it shows, and where its answer goes. */
	record Command(List<String> words, String redirectTo, int status, String json) {

		@Override
		public String toString() {
			return String.join(" ", this.words);
		}

	}

	@Test
	void everyCurlCommandOfThePageGetsTheAnswerItShows() throws Exception {
		List<Command> commands = commands(section(Files.readString(PAGE)));
		assertThat(commands).as("curl commands in %s", PAGE).hasSizeGreaterThanOrEqualTo(10);
		for (Command command : commands) {
			HttpResponse<String> answer = send(command);
			assertThat(answer.statusCode()).as("status of %s: %s", command, answer.body()).isEqualTo(command.status());
			if (command.json() != null) {
				assertContains(JSON.readTree(answer.body()), JSON.readTree(command.json()),
						command + " answered " + answer.body());
			}
			if (command.redirectTo() != null) {
				this.files.put(command.redirectTo(), answer.body());
			}
		}
	}

	private static String section(String page) {
		int start = page.indexOf(SECTION);
		assertThat(start).as("%s holds %s", PAGE, SECTION).isNotNegative();
		int end = page.indexOf("\n## ", start + SECTION.length());
		return page.substring(start, (end >= 0) ? end : page.length());
	}

	/** The commands of the section's bash blocks, each with the answer shown after it. */
	static List<Command> commands(String section) {
		List<Command> commands = new ArrayList<>();
		Matcher block = BASH_BLOCK.matcher(section);
		while (block.find()) {
			List<String> words = new ArrayList<>();
			String redirect = null;
			for (Iterator<String> tokens = tokens(block.group(1)).iterator(); tokens.hasNext();) {
				String token = tokens.next();
				if (token.equals("\n")) {
					continue;
				}
				if (token.startsWith("#")) {
					Matcher expected = EXPECTATION.matcher(token);
					if (expected.matches() && !words.isEmpty()) {
						commands.add(new Command(List.copyOf(words), redirect, Integer.parseInt(expected.group(1)),
								expected.group(2)));
						words.clear();
						redirect = null;
					}
					continue;
				}
				if (token.equals(">")) {
					redirect = tokens.next();
					continue;
				}
				words.add(token);
			}
			assertThat(words).as("a command in %s without the answer it gets", PAGE).isEmpty();
		}
		return commands;
	}

	/**
	 * Splits shell text into words, a newline token where a command ends, and comments
	 * (each one token from {@code #} to the end of its line): single quotes keep
	 * everything, double quotes take {@code \"} and {@code \\}, a backslash before a
	 * newline joins the lines.
	 */
	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		StringBuilder word = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				i++;
			}
			else if (c == ' ' || c == '\t' || c == '\n') {
				if (word != null) {
					tokens.add(word.toString());
					word = null;
				}
				if (c == '\n') {
					tokens.add("\n");
				}
			}
			else if (c == '#' && word == null) {
				int end = text.indexOf('\n', i);
				end = (end >= 0) ? end : text.length();
				tokens.add(text.substring(i, end));
				i = end - 1;
			}
			else if (c == '\'') {
				int end = text.indexOf('\'', i + 1);
				word = (word != null) ? word : new StringBuilder();
				word.append(text, i + 1, end);
				i = end;
			}
			else if (c == '"') {
				word = (word != null) ? word : new StringBuilder();
				for (i++; text.charAt(i) != '"'; i++) {
					if (text.charAt(i) == '\\' && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
						i++;
					}
					word.append(text.charAt(i));
				}
			}
			else {
				word = (word != null) ? word : new StringBuilder();
				word.append(c);
			}
		}
		if (word != null) {
			tokens.add(word.toString());
		}
		return tokens;
	}

	/** Sends what {@code curl} would send for these words. */
	private HttpResponse<String> send(Command command) throws IOException, InterruptedException {
		List<String> words = command.words();
		assertThat(words.get(0)).as("%s", command).isEqualTo("curl");
		String method = null;
		String url = null;
		String data = null;
		HttpRequest.Builder request = HttpRequest.newBuilder();
		for (int i = 1; i < words.size(); i++) {
			String word = words.get(i);
			switch (word) {
				case "-s" -> {
				}
				case "-X" -> method = words.get(++i);
				case "-H" -> {
					String[] header = words.get(++i).split(":\\s*", 2);
					request.header(header[0], header[1]);
				}
				case "-d" -> {
					data = words.get(++i);
					if (data.startsWith("@")) {
						data = this.files.get(data.substring(1));
						assertThat(data).as("the file %s of %s", words.get(i), command).isNotNull();
					}
				}
				default -> {
					if (word.startsWith("-") || url != null) {
						fail("%s: the page uses %s, which this test does not know how to send", command, word);
					}
					url = word;
				}
			}
		}
		assertThat(url).as("%s", command).startsWith("localhost:8080/");
		method = (method != null) ? method : (data != null) ? "POST" : "GET";
		request.uri(URI.create("http://localhost:" + this.port + url.substring("localhost:8080".length())))
			.method(method,
					(data != null) ? HttpRequest.BodyPublishers.ofString(data) : HttpRequest.BodyPublishers.noBody());
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Every field of {@code expected} is in {@code actual} with that value; lists have
	 * the same length and their elements compare alike; numbers compare by value.
	 */
	private static void assertContains(JsonNode actual, JsonNode expected, String context) {
		if (expected.isObject()) {
			assertThat(actual.isObject()).as("an object in %s", context).isTrue();
			for (Map.Entry<String, JsonNode> field : expected.properties()) {
				assertThat(actual.has(field.getKey())).as("%s in %s", field.getKey(), context).isTrue();
				assertContains(actual.get(field.getKey()), field.getValue(), context);
			}
		}
		else if (expected.isArray()) {
			assertThat(actual.isArray()).as("a list in %s", context).isTrue();
			assertThat(actual.size()).as("the length of %s in %s", expected, context).isEqualTo(expected.size());
			for (int i = 0; i < expected.size(); i++) {
				assertContains(actual.get(i), expected.get(i), context);
			}
		}
		else if (expected.isNumber()) {
			assertThat(actual.isNumber()).as("a number in %s", context).isTrue();
			assertThat(actual.decimalValue()).as(context).isEqualByComparingTo(expected.decimalValue());
		}
		else {
			assertThat(actual).as(context).isEqualTo(expected);
		}
	}

}
