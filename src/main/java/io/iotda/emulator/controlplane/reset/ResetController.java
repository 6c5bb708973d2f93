package io.iotda.emulator.controlplane.reset;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.batchtask.BatchTaskReset;
import io.iotda.emulator.controlplane.ControlPlaneParameters.ProjectIdParam;
import io.iotda.emulator.controlplane.faults.FaultRules;
import io.iotda.emulator.controlplane.journal.RequestJournal;
import io.iotda.emulator.controlplane.webhooks.Webhooks;
import io.iotda.emulator.batchfile.BatchTaskFiles;
import io.iotda.emulator.device.DeviceRegistry;
import io.iotda.emulator.device.Products;
import io.iotda.emulator.devicegroup.DeviceGroupService;
import io.iotda.emulator.otapackage.OtaPackages;
import io.iotda.emulator.simulation.OutcomeRules;
import io.iotda.emulator.simulation.SimulationClock;
import io.iotda.emulator.simulation.SimulationProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A clean slate between tests, without a restart. Tasks are deleted one per transaction
 * ({@link BatchTaskReset}), so a reset never deadlocks with the simulator; one that still
 * meets a lock conflict answers 503 and can simply be repeated.
 */
@RestController
@RequestMapping(path = "/_emulator", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reset", description = "Forget everything, or one project")
class ResetController {

	private final BatchTaskReset batchTasks;

	private final DeviceGroupService groups;

	private final DeviceRegistry devices;

	private final Products products;

	private final OtaPackages packages;

	private final BatchTaskFiles files;

	private final OutcomeRules rules;

	private final Webhooks webhooks;

	private final FaultRules faults;

	private final RequestJournal journal;

	private final SimulationClock clock;

	private final SimulationProperties simulation;

	ResetController(BatchTaskReset batchTasks, DeviceGroupService groups, DeviceRegistry devices, Products products,
			OtaPackages packages, BatchTaskFiles files, OutcomeRules rules, Webhooks webhooks, FaultRules faults,
			RequestJournal journal, SimulationClock clock, SimulationProperties simulation) {
		this.batchTasks = batchTasks;
		this.groups = groups;
		this.devices = devices;
		this.products = products;
		this.packages = packages;
		this.files = files;
		this.rules = rules;
		this.webhooks = webhooks;
		this.faults = faults;
		this.journal = journal;
		this.clock = clock;
		this.simulation = simulation;
	}

	record ResetResponse(@JsonProperty("project_id") String projectId, @JsonProperty("tasks_deleted") int tasks) {
	}

	@PostMapping("/reset")
	@Operation(summary = "Reset everything",
			description = "Deletes every task, subtask, device group, device, product, OTA package, batch-task file, "
					+ "outcome rule and webhook; clears fault rules, "
					+ "the request journal and the delivery log; puts the clock back to its configured mode and "
					+ "speed at the wall-clock time.")
	ResetResponse resetAll() {
		int tasks = this.batchTasks.deleteAll();
		this.groups.deleteAll();
		this.devices.deleteAll();
		this.products.deleteAll();
		this.packages.deleteAll();
		this.files.deleteAll();
		this.rules.deleteAll(null);
		this.webhooks.removeAll(null);
		this.webhooks.clearLog();
		this.faults.clear();
		this.journal.clear();
		this.clock.configure(SimulationClock.Mode.of(this.simulation.clock().mode()), this.simulation.clock().speed());
		this.clock.resetToWallTime();
		return new ResetResponse(null, tasks);
	}

	@PostMapping("/projects/{project_id}/reset")
	@Operation(summary = "Reset one project",
			description = "Deletes the project's tasks and subtasks (every instance), its device groups, devices, "
					+ "products, OTA packages and batch-task files, and the outcome rules and webhooks scoped to it. "
					+ "Everything else stays.")
	ResetResponse resetProject(@ProjectIdParam @PathVariable("project_id") String projectId) {
		int tasks = this.batchTasks.deleteProject(projectId);
		this.groups.deleteProject(projectId);
		this.devices.deleteProject(projectId);
		this.products.deleteProject(projectId);
		this.packages.deleteProject(projectId);
		this.files.deleteProject(projectId);
		this.rules.deleteAll(projectId);
		this.webhooks.removeAll(projectId);
		return new ResetResponse(projectId, tasks);
	}

	@DeleteMapping("/projects/{project_id}")
	@Operation(summary = "Reset one project (same as POST .../reset)")
	ResetResponse deleteProject(@ProjectIdParam @PathVariable("project_id") String projectId) {
		return resetProject(projectId);
	}

}
