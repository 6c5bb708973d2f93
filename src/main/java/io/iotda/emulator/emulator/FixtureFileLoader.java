package io.iotda.emulator.emulator;

import io.iotda.emulator.batchtask.BatchTaskService;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the fixture file named by {@code iotda.emulator.fixture-file} at start-up: one
 * fixture object, or an array of them. Tasks whose id exists already are left alone, so a
 * restart on the same database does not fail.
 */
@Component
class FixtureFileLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FixtureFileLoader.class);

	private final EmulatorProperties properties;

	private final ResourceLoader resources;

	private final JsonMapper json;

	private final Fixtures fixtures;

	private final BatchTaskService service;

	FixtureFileLoader(EmulatorProperties properties, ResourceLoader resources, JsonMapper json, Fixtures fixtures,
			BatchTaskService service) {
		this.properties = properties;
		this.resources = resources;
		this.json = json;
		this.fixtures = fixtures;
		this.service = service;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		String location = this.properties.fixtureFile();
		if (location == null || location.isBlank()) {
			return;
		}
		Resource resource = this.resources.getResource(
				location.contains(":") && !location.matches("^[A-Za-z]:\\\\.*") ? location : "file:" + location);
		JsonNode root;
		try (InputStream in = resource.getInputStream()) {
			root = this.json.readTree(in);
		}
		List<JsonNode> items = root.isArray() ? root.valueStream().toList() : List.of(root);
		int loaded = 0;
		for (JsonNode item : items) {
			Fixtures.Fixture fixture = this.json.treeToValue(item, Fixtures.Fixture.class);
			this.fixtures.check(fixture);
			List<Fixtures.FixtureTask> fresh = (fixture.tasks() == null) ? List.of()
					: fixture.tasks()
						.stream()
						.filter((task) -> task.taskId() == null || !this.service.exists(task.taskId()))
						.toList();
			if (!fresh.isEmpty()) {
				loaded += this.fixtures.load(new Fixtures.Fixture(fixture.projectId(), fixture.instanceId(), fresh))
					.taskIds()
					.size();
			}
		}
		logger.info("Fixture file {}: {} task(s) loaded", location, loaded);
	}

}
