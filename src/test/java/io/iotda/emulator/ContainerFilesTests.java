package io.iotda.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What can be checked of the Dockerfile and docker-compose.yml without a Docker engine:
 * the services and how they start, pinned images, health checks, the layered build, and
 * that every environment variable the compose file hands the emulator is a setting the
 * application really has (a misspelt name would be ignored silently at run time).
 */
class ContainerFilesTests {

	private static final Path ROOT = Path.of("").toAbsolutePath();

	private static Map<String, Object> compose;

	private static String composeText;

	private static List<Instruction> dockerfile;

	private static Map<String, Setting> settings;

	@BeforeAll
	static void parse() throws Exception {
		composeText = Files.readString(ROOT.resolve("docker-compose.yml"));
		compose = new Yaml().load(composeText);
		dockerfile = Instruction.parse(Files.readString(ROOT.resolve("Dockerfile")));
		settings = Setting.all();
	}

	// ---- docker-compose.yml ----

	@Test
	void composeRunsTheEmulatorAndPostgres() {
		assertThat(services().keySet()).containsExactlyInAnyOrder("emulator", "postgres");
		assertThat(service("postgres").get("image")).isEqualTo("postgres:17");
		assertThat(service("emulator").get("build")).isEqualTo(".");
	}

	@Test
	void everyPulledImageHasAPinnedTag() {
		for (Map.Entry<String, Object> entry : services().entrySet()) {
			Object image = map(entry.getValue()).get("image");
			// A service that builds names its own image; the Dockerfile's base images are
			// checked below.
			if (image != null && !map(entry.getValue()).containsKey("build")) {
				assertThat(isPinned(image.toString())).as("image of %s: %s", entry.getKey(), image).isTrue();
			}
		}
	}

	@Test
	void postgresHasAHealthCheckAndANamedVolume() {
		Map<String, Object> postgres = service("postgres");
		Map<String, Object> healthcheck = map(postgres.get("healthcheck"));
		assertThat(String.join(" ", strings(healthcheck.get("test")))).contains("pg_isready");
		assertThat(healthcheck).containsKeys("interval", "timeout", "retries");
		List<String> volumes = strings(postgres.get("volumes"));
		assertThat(volumes).containsExactly("postgres-data:/var/lib/postgresql/data");
		assertThat(map(compose.get("volumes"))).containsKey("postgres-data");
	}

	@Test
	void emulatorStartsOnlyOnceTheDatabaseIsHealthy() {
		Map<String, Object> dependsOn = map(service("emulator").get("depends_on"));
		assertThat(map(dependsOn.get("postgres"))).containsEntry("condition", "service_healthy");
	}

	@Test
	void emulatorIsPointedAtThePostgresServiceByEnvironment() {
		Map<String, Object> env = environment("emulator");
		Map<String, Object> postgres = environment("postgres");
		assertThat(env).containsEntry("SPRING_DATASOURCE_URL",
				"jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
		assertThat(env).containsEntry("SPRING_DATASOURCE_USERNAME", postgres.get("POSTGRES_USER"));
		assertThat(env).containsEntry("SPRING_DATASOURCE_PASSWORD", postgres.get("POSTGRES_PASSWORD"));
	}

	@Test
	void everyEnvironmentVariableOfTheEmulatorIsARealSetting() {
		Set<String> unknown = new TreeSet<>();
		for (String name : environment("emulator").keySet()) {
			if (!settings.containsKey(Setting.indexless(name))) {
				unknown.add(name);
			}
		}
		assertThat(unknown).as("environment variables that match no application setting").isEmpty();
	}

	@Test
	void documentedOneLinerTurnsOnTheManualClockAndVerifiedAuth() {
		Matcher command = java.util.regex.Pattern.compile("#\\s+((?:[A-Z_]+=\\S+\\s+)+)docker compose up")
			.matcher(composeText);
		assertThat(command.find()).as("a documented 'NAME=value docker compose up' line").isTrue();
		Map<String, String> assignments = new HashMap<>();
		for (String assignment : command.group(1).trim().split("\\s+")) {
			String[] parts = assignment.split("=", 2);
			assignments.put(parts[0], parts[1]);
		}
		assertThat(assignments).containsEntry("IOTDA_SIMULATION_CLOCK_MODE", "manual")
			.containsEntry("IOTDA_AUTH_MODE", "verify");
		Map<String, Object> env = environment("emulator");
		assignments.forEach((name, value) -> {
			// Listed without a value: compose passes the shell's value through, or
			// nothing.
			assertThat(env).as("passed through to the emulator").containsEntry(name, null);
			assertThat(settings.get(name)).as("setting for %s", name).isNotNull();
			assertThat(settings.get(name).accepts(value)).as("%s accepts %s", name, value).isTrue();
		});
	}

	@Test
	void portsArePublishedOnTheLoopbackOnly() {
		for (Map.Entry<String, Object> entry : services().entrySet()) {
			for (String port : strings(map(entry.getValue()).getOrDefault("ports", List.of()))) {
				assertThat(port).as("port of %s", entry.getKey()).startsWith("127.0.0.1:");
			}
		}
		assertThat(strings(service("emulator").get("ports"))).singleElement()
			.satisfies((port) -> assertThat(port).endsWith(":" + exposedPort()));
	}

	// ---- Dockerfile ----

	@Test
	void dockerfileBuildsWithTheWrapperOnAJdkAndRunsOnAJre() {
		List<Instruction> froms = instructions("FROM");
		assertThat(froms).hasSize(2);
		assertThat(froms.get(0).arguments()).isEqualTo("eclipse-temurin:17-jdk AS build");
		assertThat(froms.get(1).arguments()).isEqualTo("eclipse-temurin:17-jre");
		for (Instruction from : froms) {
			assertThat(isPinned(from.arguments().split("\\s+")[0])).as(from.arguments()).isTrue();
		}
		assertThat(stage(0, "RUN")).anySatisfy((run) -> assertThat(run).contains("./mvnw").contains("package"));
	}

	@Test
	void dockerfileCopiesBootLayersLeastChangingFirst() {
		assertThat(stage(0, "RUN")).anySatisfy(
				(run) -> assertThat(run).contains("java -Djarmode=tools -jar app.jar extract --layers --launcher"));
		List<String> layers = stage(1, "COPY").stream()
			.filter((copy) -> copy.startsWith("--from=build "))
			.map((copy) -> copy.replaceAll(".*/extracted/([a-z-]+)/.*", "$1"))
			.toList();
		assertThat(layers).containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies",
				"application");
		assertThat(instructions("ENTRYPOINT")).singleElement()
			.satisfies((entrypoint) -> assertThat(entrypoint.arguments())
				.isEqualTo("[\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]"));
	}

	@Test
	void dockerfileRunsAsANonRootUser() {
		List<String> users = stage(1, "USER");
		assertThat(users).singleElement().satisfies((user) -> {
			assertThat(user.split(":")[0]).isNotIn("root", "0");
		});
	}

	@Test
	void dockerfileHealthCheckAsksForReadiness() {
		assertThat(instructions("HEALTHCHECK")).singleElement()
			.satisfies((check) -> assertThat(check.arguments()).contains("--start-period=")
				.contains("CMD")
				.contains("/actuator/health/readiness")
				.contains("${SERVER_PORT:-8080}"));
	}

	@Test
	void dockerfileRunsTheJvmWithTheProjectsOptionsAndLeavesSettingsToTheEnvironment() throws IOException {
		String pom = Files.readString(ROOT.resolve("pom.xml"));
		Matcher options = Pattern.compile("<emulator.jvm.options>([^<]+)</emulator.jvm.options>").matcher(pom);
		assertThat(options.find()).as("pom.xml sets emulator.jvm.options").isTrue();
		assertThat(options.group(1)).contains("-Xmx");
		assertThat(stage(1, "ENV"))
			.anySatisfy((env) -> assertThat(env).contains("JAVA_TOOL_OPTIONS=\"" + options.group(1) + "\"")
				.contains("SERVER_PORT=" + exposedPort()));
		for (String env : stage(1, "ENV")) {
			for (String name : envNames(env)) {
				if (!name.equals("JAVA_TOOL_OPTIONS")) {
					assertThat(settings).as("ENV %s is an application setting", name).containsKey(name);
				}
			}
		}
	}

	@Test
	void dockerContextLeavesBuildOutputOut() throws IOException {
		List<String> ignored = Files.readAllLines(ROOT.resolve(".dockerignore"));
		assertThat(ignored).contains("target/", "**/node_modules/");
	}

	// ---- helpers ----

	private static boolean isPinned(String image) {
		int colon = image.lastIndexOf(':');
		if (colon < 0 || image.contains("@sha256:")) {
			return image.contains("@sha256:");
		}
		String tag = image.substring(colon + 1);
		return !tag.equals("latest") && Character.isDigit(tag.charAt(0));
	}

	private static String exposedPort() {
		return instructions("EXPOSE").get(0).arguments().trim();
	}

	private static List<String> envNames(String env) {
		List<String> names = new ArrayList<>();
		Matcher matcher = java.util.regex.Pattern.compile("(?:^|\\s)([A-Z_][A-Z0-9_]*)=").matcher(env);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static Map<String, Object> services() {
		return map(compose.get("services"));
	}

	private static Map<String, Object> service(String name) {
		return map(services().get(name));
	}

	private static Map<String, Object> environment(String service) {
		Map<String, Object> env = new HashMap<>();
		map(service(service).get("environment"))
			.forEach((name, value) -> env.put(name, (value != null) ? value.toString() : null));
		return env;
	}

	private static List<Instruction> instructions(String keyword) {
		return dockerfile.stream().filter((instruction) -> instruction.keyword().equals(keyword)).toList();
	}

	/**
	 * Arguments of the instructions with this keyword in build stage {@code index} (0 =
	 * first).
	 */
	private static List<String> stage(int index, String keyword) {
		return dockerfile.stream()
			.filter((instruction) -> instruction.stage() == index && instruction.keyword().equals(keyword))
			.map(Instruction::arguments)
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static List<String> strings(Object value) {
		assertThat(value).isInstanceOf(List.class);
		return ((List<?>) value).stream().map(Objects::toString).toList();
	}

	/**
	 * One Dockerfile instruction, continuation lines joined, with the index of its stage.
	 */
	record Instruction(int stage, String keyword, String arguments) {

		static List<Instruction> parse(String text) {
			List<Instruction> instructions = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			int stage = -1;
			for (String line : text.split("\n")) {
				String trimmed = line.strip();
				if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
					continue;
				}
				if (trimmed.endsWith("\\")) {
					current.append(trimmed, 0, trimmed.length() - 1).append(' ');
					continue;
				}
				current.append(trimmed);
				String[] parts = current.toString().strip().split("\\s+", 2);
				current.setLength(0);
				String keyword = parts[0].toUpperCase();
				if (keyword.equals("FROM")) {
					stage++;
				}
				instructions
					.add(new Instruction(stage, keyword, (parts.length > 1) ? parts[1].replaceAll("\\s+", " ") : ""));
			}
			return instructions;
		}

	}

	/**
	 * A setting the application reads, keyed by its environment variable name (Spring's
	 * relaxed binding: upper case, dots to underscores, dashes dropped): Spring Boot's
	 * own from the configuration metadata on the classpath, and the application's from
	 * its {@code @ConfigurationProperties} records.
	 */
	record Setting(String property, Class<?> type, String pattern) {

		static Map<String, Setting> all() throws Exception {
			Map<String, Setting> settings = new HashMap<>();
			JsonMapper json = JsonMapper.builder().build();
			Enumeration<URL> resources = ContainerFilesTests.class.getClassLoader()
				.getResources("META-INF/spring-configuration-metadata.json");
			while (resources.hasMoreElements()) {
				try (InputStream in = resources.nextElement().openStream()) {
					for (JsonNode property : json.readTree(in).path("properties")) {
						String name = property.path("name").asString();
						settings.put(envName(name), new Setting(name, null, null));
					}
				}
			}
			var scanner = new ClassPathScanningCandidateComponentProvider(false) {
				@Override
				protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
					return true;
				}
			};
			scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
			for (BeanDefinition candidate : scanner.findCandidateComponents("io.iotda.emulator")) {
				Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), null);
				ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
				String prefix = annotation.value().isEmpty() ? annotation.prefix() : annotation.value();
				addRecord(settings, prefix, type);
			}
			return settings;
		}

		private static void addRecord(Map<String, Setting> settings, String prefix, Class<?> type) {
			assertThat(type.isRecord()).as("%s is a record", type).isTrue();
			for (RecordComponent component : type.getRecordComponents()) {
				String name = prefix + "." + kebab(component.getName());
				Class<?> element = listElement(component);
				if (component.getType().isRecord()) {
					addRecord(settings, name, component.getType());
				}
				else if (element != null && element.isRecord()) {
					// users[0].name is IOTDA_AUTH_USERS_0_NAME: one entry for every index
					addRecord(settings, name + ".#", element);
				}
				else {
					jakarta.validation.constraints.Pattern pattern = component
						.getAnnotation(jakarta.validation.constraints.Pattern.class);
					settings.put(envName(name),
							new Setting(name, component.getType(), (pattern != null) ? pattern.regexp() : null));
				}
			}
		}

		private static Class<?> listElement(RecordComponent component) {
			if (List.class.isAssignableFrom(component.getType())
					&& component.getGenericType() instanceof java.lang.reflect.ParameterizedType list
					&& list.getActualTypeArguments()[0] instanceof Class<?> element) {
				return element;
			}
			return null;
		}

		/** The environment variable name with list indexes replaced by {@code #}. */
		static String indexless(String envName) {
			return envName.replaceAll("_\\d+(?=_|$)", "_#");
		}

		/**
		 * Whether the application would bind this value (enum constants and patterns
		 * checked).
		 */
		boolean accepts(String value) {
			if (this.pattern != null && !value.matches(this.pattern)) {
				return false;
			}
			if (this.type != null && this.type.isEnum()) {
				String constant = value.toUpperCase().replace('-', '_');
				for (Object candidate : this.type.getEnumConstants()) {
					if (((Enum<?>) candidate).name().equals(constant)) {
						return true;
					}
				}
				return false;
			}
			return true;
		}

		static String envName(String property) {
			return property.replace("-", "").replace('.', '_').toUpperCase();
		}

		private static String kebab(String camel) {
			return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
		}

	}

}
