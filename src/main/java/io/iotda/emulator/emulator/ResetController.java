package io.iotda.emulator.emulator;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.simulation.OutcomeRules;
import io.iotda.emulator.simulation.SimulationClock;
import io.iotda.emulator.simulation.SimulationProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A clean slate between tests, without a restart. */
@RestController
@RequestMapping(path = "/_emulator", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reset", description = "Forget everything, or one project")
class ResetController {

	private final JdbcClient jdbc;

	private final OutcomeRules rules;

	private final Webhooks webhooks;

	private final FaultRules faults;

	private final RequestJournal journal;

	private final SimulationClock clock;

	private final SimulationProperties simulation;

	ResetController(JdbcClient jdbc, OutcomeRules rules, Webhooks webhooks, FaultRules faults, RequestJournal journal,
			SimulationClock clock, SimulationProperties simulation) {
		this.jdbc = jdbc;
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
	@Transactional
	@Operation(summary = "Reset everything",
			description = "Deletes every task, subtask, device group, outcome rule and webhook; clears fault rules, "
					+ "the request journal and the delivery log; puts the clock back to its configured mode and "
					+ "speed at the wall-clock time.")
	ResetResponse resetAll() {
		this.jdbc.sql("DELETE FROM batch_subtask").update();
		int tasks = this.jdbc.sql("DELETE FROM batch_task").update();
		this.jdbc.sql("DELETE FROM device_group_member").update();
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
	@Transactional
	@Operation(summary = "Reset one project",
			description = "Deletes the project's tasks and subtasks (every instance), its device groups, and the "
					+ "outcome rules and webhooks scoped to it. Everything else stays.")
	ResetResponse resetProject(@ProjectIdParam @PathVariable("project_id") String projectId) {
		this.jdbc.sql("DELETE FROM batch_subtask WHERE task_id IN (SELECT id FROM batch_task WHERE project_id = ?)")
			.param(projectId)
			.update();
		int tasks = this.jdbc.sql("DELETE FROM batch_task WHERE project_id = ?").param(projectId).update();
		this.jdbc.sql("DELETE FROM device_group_member WHERE project_id = ?").param(projectId).update();
		this.rules.deleteAll(projectId);
		this.webhooks.removeAll(projectId);
		return new ResetResponse(projectId, tasks);
	}

	@DeleteMapping("/projects/{project_id}")
	@Transactional
	@Operation(summary = "Reset one project (same as POST .../reset)")
	ResetResponse deleteProject(@ProjectIdParam @PathVariable("project_id") String projectId) {
		return resetProject(projectId);
	}

}
