package io.iotda.emulator.batchtask;

import io.iotda.emulator.batchfile.BatchTaskFiles;
import io.iotda.emulator.otapackage.OtaPackages;
import io.iotda.emulator.device.DeviceRegistry;
import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.web.TenantScope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.iotda.emulator.batchtask.web.CreateBatchTaskRequest;
import io.iotda.emulator.batchtask.web.TaskResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A task created with its subtasks in given states (fixtures, demo data) on real
 * PostgreSQL: the rows hold the states, the counters and status follow them, and the
 * simulator looks at the task at once. Each test runs in a transaction that is rolled
 * back.
 */
class CreateWithStatesTests extends AbstractPostgresJpaTests {

	private static final Instant NOW = Instant.parse("1991-01-01T00:00:00Z");

	private static final TenantScope SCOPE = TenantScope.of("with-states", null);

	private BatchTaskService service;

	@BeforeEach
	void service() {
		JsonMapper json = JsonMapper.builder().build();
		this.service = new BatchTaskService(this.tasks, this.subtasks,
				new NewTaskFactory(json, null, mock(DeviceRegistry.class), mock(OtaPackages.class),
						mock(BatchTaskFiles.class)),
				new TaskResponses(json), new BatchTaskProperties(Duration.ofSeconds(2)), mock(SubtaskLimit.class),
				mock(DeviceRegistry.class), Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@Test
	void putsTheNamedSubtasksIntoTheirStatesAndCountsThem() {
		String id = ObjectIds.next();
		assertThat(this.service.exists(id)).isFalse();
		Map<String, SubtaskState> states = new LinkedHashMap<>();
		states.put("d1", new SubtaskState(SubtaskStatus.SUCCESS, null, null, 1));
		states.put("d2", new SubtaskState(SubtaskStatus.FAIL, "E1", "broken", 3));
		states.put("d3", new SubtaskState(SubtaskStatus.SUCCESS, null, null, 1));

		TaskResponse created = this.service.createWithStates(SCOPE, upgrade("d1", "d2", "d3", "d4"), id, states);
		this.tasks.flush();

		assertThat(created.taskId()).isEqualTo(id);
		assertThat(this.service.exists(id)).isTrue();
		assertThat(this.jdbc
			.queryForList("SELECT target, status, error_code, error_msg, attempts FROM batch_subtask WHERE task_id = ? "
					+ "ORDER BY target", id))
			.containsExactly(row("d1", "Success", null, null, 1), row("d2", "Fail", "E1", "broken", 3),
					row("d3", "Success", null, null, 1), row("d4", "Waitting", null, null, 0));
		assertThat(this.jdbc.queryForMap("SELECT status, total, waitting, success, fail, processing, next_due_at "
				+ "FROM batch_task WHERE id = ?", id))
			.containsEntry("status", "Processing")
			.containsEntry("total", 4)
			.containsEntry("waitting", 1)
			.containsEntry("success", 2)
			.containsEntry("fail", 1)
			.containsEntry("processing", 0)
			.containsEntry("next_due_at", Timestamp.from(NOW));
	}

	@Test
	void endsTheTaskWhenEverySubtaskIsFinished() {
		String id = ObjectIds.next();

		this.service.createWithStates(SCOPE, upgrade("d1", "d2"), id,
				Map.of("d1", new SubtaskState(SubtaskStatus.SUCCESS, null, null, 1), "d2",
						new SubtaskState(SubtaskStatus.FAIL, "E1", "broken", 1)));
		this.tasks.flush();

		assertThat(this.jdbc.queryForObject("SELECT status FROM batch_task WHERE id = ?", String.class, id))
			.isEqualTo("PartialSuccess");
	}

	private static CreateBatchTaskRequest upgrade(String... targets) {
		return new CreateBatchTaskRequest(null, "fixture", TaskType.FIRMWARE_UPGRADE, null, null, null,
				List.of(targets), null, Map.of("package_ids", List.of("p")), null, null);
	}

	private static Map<String, Object> row(String target, String status, String errorCode, String errorMsg,
			int attempts) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("target", target);
		row.put("status", status);
		row.put("error_code", errorCode);
		row.put("error_msg", errorMsg);
		row.put("attempts", attempts);
		return row;
	}

}
