package io.iotda.emulator.emulator;

import io.iotda.emulator.batchtask.BatchTaskService;
import io.iotda.emulator.batchtask.CreateBatchTaskRequest;
import io.iotda.emulator.batchtask.TaskType;
import io.iotda.emulator.batchtask.TenantScope;
import io.iotda.emulator.emulator.Fixtures.Fixture;
import io.iotda.emulator.emulator.Fixtures.FixtureSubtask;
import io.iotda.emulator.emulator.Fixtures.FixtureTask;
import io.iotda.emulator.simulation.OutcomeRule;
import io.iotda.emulator.simulation.OutcomeRule.MatchType;
import io.iotda.emulator.simulation.OutcomeRule.Outcome;
import io.iotda.emulator.simulation.OutcomeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Loads the demo tasks at start-up: a firmware upgrade over the devices of the official
 * stop example, and a command task that cannot be stopped. On by default only with the
 * embedded database.
 * <p>
 * The upgrade waits for a stop, so that the README's tour answers the same whenever it is
 * run: its subtasks start {@code Processing}, and a {@code stuck} outcome rule for its
 * devices, scoped to the demo project, keeps them there until they are stopped (or the
 * rule is deleted through {@code /_emulator/outcome-rules}).
 */
@Component
class DemoData implements ApplicationRunner {

	/**
	 * The demo firmware upgrade's id, fixed so that the README's examples work as
	 * written.
	 */
	static final String FIRMWARE_TASK_ID = "64a1f0c2d3e4f5a6b7c8d9e0";

	static final String COMMANDS_TASK_ID = "64a1f0c2d3e4f5a6b7c8d9e1";

	/**
	 * The upgrade's devices, and only them: tasks a user creates in the demo project run
	 * as anywhere else.
	 */
	static final String STUCK_DEVICES = "e495cf17-ff79-4294-8f64-4d367919d6(65|77)|demo-device-00[1-8]";

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private final DemoDataProperties properties;

	private final DataSourceProperties dataSource;

	private final BatchTaskService service;

	private final Fixtures fixtures;

	private final OutcomeRules outcomeRules;

	DemoData(DemoDataProperties properties, DataSourceProperties dataSource, BatchTaskService service,
			Fixtures fixtures, OutcomeRules outcomeRules) {
		this.properties = properties;
		this.dataSource = dataSource;
		this.service = service;
		this.fixtures = fixtures;
		this.outcomeRules = outcomeRules;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!isEnabled()) {
			return;
		}
		TenantScope scope = TenantScope.of(this.properties.projectId(), null);
		if (!this.service.exists(FIRMWARE_TASK_ID)) {
			List<FixtureSubtask> subtasks = new ArrayList<>();
			for (String device : List.of("e495cf17-ff79-4294-8f64-4d367919d665",
					"e495cf17-ff79-4294-8f64-4d367919d677")) {
				subtasks.add(new FixtureSubtask(device, "Processing", null, null, 0));
			}
			for (int i = 1; i <= 8; i++) {
				subtasks.add(new FixtureSubtask(String.format("demo-device-%03d", i), "Processing", null, null, 0));
			}
			this.outcomeRules.add(new OutcomeRule(null, 0, this.properties.projectId(), MatchType.REGEX, STUCK_DEVICES,
					Outcome.STUCK, null, null, null));
			this.fixtures.load(new Fixture(this.properties.projectId(), null,
					List.of(new FixtureTask(FIRMWARE_TASK_ID, "demo_firmware_upgrade", "firmwareUpgrade", null, null,
							Map.of("package_ids", List.of("64a1f0c2d3e4f5a6b7c8d9ff")), null, subtasks))));
		}
		if (!this.service.exists(COMMANDS_TASK_ID)) {
			this.service.createWithId(scope,
					new CreateBatchTaskRequest(null, "demo_commands", TaskType.CREATE_COMMANDS, null, null, null,
							List.of("demo-sensor-001", "demo-sensor-002"), null,
							Map.of("service_id", "demo", "command_name", "reboot"), null, null),
					COMMANDS_TASK_ID);
		}
		logger.info(
				"Demo data loaded: project '{}', firmwareUpgrade task {} (waits for a stop), createCommands task {}",
				this.properties.projectId(), FIRMWARE_TASK_ID, COMMANDS_TASK_ID);
	}

	private boolean isEnabled() {
		return switch (this.properties.enabled()) {
			case "true" -> true;
			case "false" -> false;
			default -> String.valueOf(this.dataSource.getUrl()).startsWith("jdbc:h2:");
		};
	}

}
