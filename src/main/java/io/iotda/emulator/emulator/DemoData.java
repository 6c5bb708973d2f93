package io.iotda.emulator.emulator;

import io.iotda.emulator.batchtask.BatchTaskRepository;
import io.iotda.emulator.batchtask.BatchTaskService;
import io.iotda.emulator.batchtask.CreateBatchTaskRequest;
import io.iotda.emulator.batchtask.TaskType;
import io.iotda.emulator.batchtask.TenantScope;
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
 * Loads the demo tasks at start-up: an active firmware upgrade over the devices of the
 * official stop example, and a command task that cannot be stopped. On by default only
 * with the embedded database.
 */
@Component
class DemoData implements ApplicationRunner {

	/**
	 * The demo firmware upgrade's id, fixed so that the README's examples work as
	 * written.
	 */
	static final String FIRMWARE_TASK_ID = "64a1f0c2d3e4f5a6b7c8d9e0";

	static final String COMMANDS_TASK_ID = "64a1f0c2d3e4f5a6b7c8d9e1";

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private final DemoDataProperties properties;

	private final DataSourceProperties dataSource;

	private final BatchTaskService service;

	private final BatchTaskRepository tasks;

	DemoData(DemoDataProperties properties, DataSourceProperties dataSource, BatchTaskService service,
			BatchTaskRepository tasks) {
		this.properties = properties;
		this.dataSource = dataSource;
		this.service = service;
		this.tasks = tasks;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!isEnabled()) {
			return;
		}
		TenantScope scope = TenantScope.of(this.properties.projectId(), null);
		if (!this.tasks.existsById(FIRMWARE_TASK_ID)) {
			List<String> devices = new ArrayList<>(
					List.of("e495cf17-ff79-4294-8f64-4d367919d665", "e495cf17-ff79-4294-8f64-4d367919d677"));
			for (int i = 1; i <= 8; i++) {
				devices.add(String.format("demo-device-%03d", i));
			}
			this.service.createWithId(scope,
					new CreateBatchTaskRequest(null, "demo_firmware_upgrade", TaskType.FIRMWARE_UPGRADE, null, null,
							null, devices, null, Map.of("package_ids", List.of("64a1f0c2d3e4f5a6b7c8d9ff")), null,
							null),
					FIRMWARE_TASK_ID);
		}
		if (!this.tasks.existsById(COMMANDS_TASK_ID)) {
			this.service.createWithId(scope,
					new CreateBatchTaskRequest(null, "demo_commands", TaskType.CREATE_COMMANDS, null, null, null,
							List.of("demo-device-001", "demo-device-002"), null,
							Map.of("service_id", "demo", "command_name", "reboot"), null, null),
					COMMANDS_TASK_ID);
		}
		logger.info("Demo data loaded: project '{}', firmwareUpgrade task {} (stoppable), createCommands task {}",
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
