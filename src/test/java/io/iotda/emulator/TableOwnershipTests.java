package io.iotda.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table: every table the migrations create belongs to exactly one module,
 * and only that module's code writes it (SQL {@code INSERT}, {@code UPDATE},
 * {@code DELETE}, {@code MERGE}, {@code TRUNCATE}, in SQL or JPQL, or a JPA
 * {@code @Table} mapping). Other modules change a table through its owner's API, which
 * {@link ModulesTests} checks in turn.
 */
class TableOwnershipTests {

	private static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("batch_task", "batchtask"),
			Map.entry("batch_subtask", "batchtask"), Map.entry("device_group", "devicegroup"),
			Map.entry("device_group_member", "devicegroup"), Map.entry("sim_outcome_rule", "simulation"),
			Map.entry("emulator_webhook", "controlplane"), Map.entry("ota_package", "otapackage"),
			Map.entry("batch_task_file", "batchfile"), Map.entry("batch_task_file_row", "batchfile"),
			Map.entry("product", "device"), Map.entry("device", "device"));

	/** JPQL names the entities mapped to the tables. */
	private static final Map<String, String> ENTITY_OWNERS = Map.of("batchtask", "batchtask", "subtask", "batchtask");

	private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

	private static final Path SOURCES = Path.of("src", "main", "java", "io", "iotda", "emulator");

	private static final Pattern CREATE = Pattern
		.compile("(?i)\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");

	private static final Pattern WRITE = Pattern
		.compile("(?i)\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO|TRUNCATE(?:\\s+TABLE)?)\\s+(\\w+)");

	private static final Pattern TABLE_MAPPING = Pattern.compile("@Table\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"");

	@Test
	void everyTableHasOneOwningModule() throws IOException {
		TreeSet<String> created = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.toList()) {
				Matcher matcher = CREATE.matcher(Files.readString(file));
				while (matcher.find()) {
					created.add(matcher.group(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		assertThat(created).isNotEmpty();
		assertThat(OWNERS.keySet()).as("tables with an owner").containsExactlyInAnyOrderElementsOf(created);
	}

	@Test
	void onlyTheOwningModuleWritesATable() throws IOException {
		List<String> violations = new ArrayList<>();
		int writes = 0;
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String module = moduleOf(file);
				String source = Files.readString(file);
				for (Pattern pattern : List.of(WRITE, TABLE_MAPPING)) {
					Matcher matcher = pattern.matcher(source);
					while (matcher.find()) {
						String table = matcher.group(1).toLowerCase(Locale.ROOT);
						String owner = OWNERS.getOrDefault(table, ENTITY_OWNERS.get(table));
						if (owner == null) {
							continue;
						}
						writes++;
						if (!owner.equals(module)) {
							violations.add(SOURCES.relativize(file) + " writes " + table + ", owned by " + owner);
						}
					}
				}
			}
		}
		assertThat(writes).as("table writes found in the sources").isPositive();
		assertThat(violations).isEmpty();
	}

	private static String moduleOf(Path file) {
		Path relative = SOURCES.relativize(file);
		return (relative.getNameCount() > 1) ? relative.getName(0).toString() : "";
	}

}
