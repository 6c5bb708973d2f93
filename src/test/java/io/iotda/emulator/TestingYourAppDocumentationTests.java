package io.iotda.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/testing-your-app.md} shows the code its tests run: every Java block of the
 * page is a tagged region ({@code // tag::name[]} ... {@code // end::name[]}) of a test
 * source under {@code src/test/java/com/example/fleet/}, and every such region is on the
 * page, the same text (indented with four spaces per tab, less the region's common
 * indentation). Which tests run them: {@code SdkRecipesIntegrationTests},
 * {@code CampaignsIntegrationTests}; {@code CurlRecipesIntegrationTests} runs the page's
 * curl commands.
 */
class TestingYourAppDocumentationTests {

	private static final Path PAGE = Path.of("docs", "testing-your-app.md");

	private static final Path SOURCES = Path.of("src", "test", "java", "com", "example", "fleet");

	private static final Pattern TAG = Pattern.compile("^\\s*// tag::([\\w-]+)\\[]\\s*$");

	private static final Pattern END = Pattern.compile("^\\s*// end::([\\w-]+)\\[]\\s*$");

	private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);

	@Test
	void everyJavaBlockIsATestedRegionAndEveryRegionIsOnThePage() throws IOException {
		Map<String, String> regions = regions();
		List<String> blocks = new ArrayList<>();
		Matcher block = JAVA_BLOCK.matcher(Files.readString(PAGE));
		while (block.find()) {
			blocks.add(block.group(1));
		}

		assertThat(regions).as("regions in %s", SOURCES).hasSizeGreaterThanOrEqualTo(6);
		regions.forEach((name, code) -> assertThat(blocks).as("region %s on %s", name, PAGE).contains(code));
		assertThat(blocks).as("java blocks of %s that are no region of %s", PAGE, SOURCES)
			.allSatisfy((code) -> assertThat(regions).containsValue(code));
	}

	/** The tagged regions of the example sources, by name, as the page shows them. */
	private static Map<String, String> regions() throws IOException {
		Map<String, String> regions = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).sorted().toList()) {
				String name = null;
				List<String> lines = new ArrayList<>();
				for (String line : Files.readAllLines(file)) {
					Matcher tag = TAG.matcher(line);
					Matcher end = END.matcher(line);
					if (tag.matches()) {
						name = tag.group(1);
						lines.clear();
					}
					else if (end.matches()) {
						assertThat(end.group(1)).as("the region closed in %s", file).isEqualTo(name);
						assertThat(regions.put(name, shown(lines))).as("region %s twice", name).isNull();
						name = null;
					}
					else if (name != null) {
						lines.add(line.replace("\t", "    "));
					}
				}
				assertThat(name).as("a region left open in %s", file).isNull();
			}
		}
		return regions;
	}

	private static String shown(List<String> lines) {
		int indent = lines.stream()
			.filter((line) -> !line.isBlank())
			.mapToInt((line) -> line.length() - line.stripLeading().length())
			.min()
			.orElse(0);
		List<String> shown = new ArrayList<>();
		for (String line : lines) {
			shown.add(line.isBlank() ? "" : line.substring(indent));
		}
		return String.join("\n", shown).stripTrailing();
	}

}
