package io.iotda.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docs/configuration.md} holds the one configuration table: a row for every
 * {@code iotda.*} setting, with its default and environment variable. The settings are
 * the ones Spring Boot's configuration processor found in the
 * {@code @ConfigurationProperties} records at compile time (the metadata IDEs complete
 * from), so a setting added without a row, a row naming no setting, or a default that
 * changed fails the build. A list of records ({@code iotda.auth.users}) is documented
 * element by element ({@code iotda.auth.users[i].name}).
 */
class ConfigurationDocumentationTests {

	private static final Path TABLE = Path.of("docs", "configuration.md");

	private static final Path METADATA = Path.of("target", "classes", "META-INF", "spring-configuration-metadata.json");

	private static final Pattern LIST_OF = Pattern.compile("java\\.util\\.List<([\\w.$]+)>");

	private static Map<String, Row> rows;

	private static Map<String, String> settings;

	@BeforeAll
	static void read() throws Exception {
		rows = rows(Files.readAllLines(TABLE));
		settings = settings(JsonMapper.builder().build().readTree(Files.readString(METADATA)));
	}

	@Test
	void everySettingHasARow() {
		Set<String> missing = new TreeSet<>(settings.keySet());
		missing.removeAll(rows.keySet());
		assertThat(missing).as("settings of the @ConfigurationProperties records without a row in %s", TABLE).isEmpty();
	}

	@Test
	void everyRowNamesASetting() {
		Set<String> unknown = new TreeSet<>(rows.keySet());
		unknown.removeAll(settings.keySet());
		assertThat(unknown).as("rows of %s that name no setting", TABLE).isEmpty();
	}

	@Test
	void everyRowGivesTheSettingsEnvironmentVariable() {
		rows.forEach((name, row) -> assertThat(row.environmentVariable()).as("environment variable of %s", name)
			.isEqualTo(environmentVariable(name)));
	}

	@Test
	void everyRowGivesTheSettingsDefault() {
		settings.forEach((name, defaultValue) -> {
			Row row = rows.get(name);
			if (row != null && !defaultValue.isEmpty()) {
				assertThat(sameValue(row.defaultValue(), defaultValue))
					.as("default of %s: the table says %s, the code %s", name, row.defaultValue(), defaultValue)
					.isTrue();
			}
		});
	}

	@Test
	void theTableIsNotEmpty() {
		// guards the parsing: a table the regex no longer matches must not pass
		assertThat(rows).containsKeys("iotda.demo.enabled", "iotda.simulation.clock.mode",
				"iotda.auth.users[i].projects[j].id");
	}

	/** The table's rows whose setting starts with {@code iotda.}, by setting. */
	private static Map<String, Row> rows(List<String> lines) {
		Map<String, Row> rows = new LinkedHashMap<>();
		for (String line : lines) {
			if (!line.startsWith("| `iotda.")) {
				continue;
			}
			String[] cells = line.split("\\|");
			assertThat(cells).as("a row of four cells: %s", line).hasSizeGreaterThanOrEqualTo(5);
			String name = unquote(cells[1]);
			Row previous = rows.put(name, new Row(cells[2].strip(), unquote(cells[3])));
			assertThat(previous).as("%s has one row", name).isNull();
		}
		return rows;
	}

	/**
	 * Every {@code iotda.*} setting of the metadata with its default ("" when it has
	 * none); lists of records expanded to their elements' settings.
	 */
	private static Map<String, String> settings(JsonNode metadata) throws ClassNotFoundException {
		Map<String, String> settings = new LinkedHashMap<>();
		for (JsonNode property : metadata.path("properties")) {
			String name = property.path("name").asString();
			if (!name.startsWith("iotda.")) {
				continue;
			}
			Matcher list = LIST_OF.matcher(property.path("type").asString());
			Class<?> element = list.matches() ? ClassUtils.forName(list.group(1), null) : null;
			if (element != null && element.isRecord()) {
				addElements(settings, name, element, 'i');
			}
			else {
				JsonNode defaultValue = property.path("defaultValue");
				settings.put(name, defaultValue.isMissingNode() ? "" : defaultValue.asString());
			}
		}
		return settings;
	}

	private static void addElements(Map<String, String> settings, String list, Class<?> record, char index) {
		for (RecordComponent component : record.getRecordComponents()) {
			String name = list + "[" + index + "]." + kebab(component.getName());
			if (List.class.isAssignableFrom(component.getType())
					&& component.getGenericType() instanceof ParameterizedType type
					&& type.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
				addElements(settings, name, element, (char) (index + 1));
			}
			else {
				settings.put(name, "");
			}
		}
	}

	/**
	 * Spring's relaxed binding: dots to underscores, dashes dropped, upper case; a list
	 * index {@code [i]} is {@code _<i>} ({@code IOTDA_AUTH_USERS_0_NAME}).
	 */
	static String environmentVariable(String name) {
		List<String> parts = new ArrayList<>();
		for (String part : name.replaceAll("\\[([a-z])]", ".<$1>").split("\\.")) {
			parts.add(part.startsWith("<") ? part : part.replace("-", "").toUpperCase());
		}
		return String.join("_", parts);
	}

	/** The default cell's first quoted value against the metadata's. */
	private static boolean sameValue(String cell, String expected) {
		Matcher quoted = Pattern.compile("`([^`]*)`").matcher(cell);
		if (!quoted.find()) {
			return false;
		}
		String documented = quoted.group(1);
		try {
			return new BigDecimal(documented).compareTo(new BigDecimal(expected)) == 0;
		}
		catch (NumberFormatException ex) {
			return documented.equals(expected);
		}
	}

	private static String unquote(String cell) {
		return cell.strip().replaceAll("^`|`$", "");
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}

	private record Row(String defaultValue, String environmentVariable) {
	}

}
