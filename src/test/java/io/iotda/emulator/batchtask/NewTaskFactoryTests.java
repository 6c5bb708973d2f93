package io.iotda.emulator.batchtask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

import io.iotda.emulator.batchfile.BatchTaskFiles;
import io.iotda.emulator.batchtask.web.CreateBatchTaskRequest;
import io.iotda.emulator.batchtask.web.TaskPolicy;
import io.iotda.emulator.device.DeviceRegistry;
import io.iotda.emulator.otapackage.OtaPackages;
import io.iotda.emulator.web.IotdaTime;
import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.web.error.InvalidInputException;
import io.iotda.emulator.web.error.IotdaError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The create rules that need no database (target groups do: they are covered by the API
 * tests).
 */
class NewTaskFactoryTests {

	private static final Instant NOW = Instant.parse("2024-06-27T08:15:30Z");

	private static final TenantScope SCOPE = TenantScope.of("p1", null);

	private static final Map<String, Object> PACKAGE = Map.of("package_ids", List.of("pkg1"));

	// no DeviceGroupService: only targets_filter reads groups, and these tests never name
	// groups
	private final NewTaskFactory factory = new NewTaskFactory(JsonMapper.builder().build(), null,
			mock(DeviceRegistry.class), mock(OtaPackages.class), mock(BatchTaskFiles.class));

	@Test
	void parsesIotdaTimesAsUtc() {
		assertThat(NewTaskFactory.parseTime("20240627T081530Z")).isEqualTo(Instant.parse("2024-06-27T08:15:30Z"));
		assertThat(NewTaskFactory.parseTime("20240229T235959Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "20240230T000000Z", "20230229T000000Z", "20241301T000000Z", "20240627T240000Z",
			"20240627T086000Z", "20240627T081560Z", "2024-06-27T08:15:30Z", "20240627T081530", "20240627081530Z",
			"20240627t081530z", "" })
	void refusesTimesThatAreNotRealYyyyMMddTHHmmssZ(String value) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> NewTaskFactory.parseTime(value))
			.satisfies((ex) -> assertThat(ex.error()).isEqualTo(IotdaError.INVALID_INPUT))
			.withMessageContaining("schedule_time");
	}

	@Test
	void formatsTimesTheWayItParsesThem() {
		assertThat(IotdaTime.format(Instant.parse("2024-06-27T08:15:30Z"))).isEqualTo("20240627T081530Z");
	}

	@Test
	void keepsNamedTargetsOnceEachInRequestOrder() {
		NewTaskFactory.Prepared prepared = this.factory.prepare(SCOPE,
				request(TaskType.FIRMWARE_UPGRADE, List.of("d2", "d1", "d2", "d3", "d1")), NOW);

		assertThat(prepared.targets()).containsExactly("d2", "d1", "d3");
		assertThat(prepared.task().targetsJson()).isEqualTo("[\"d2\",\"d1\",\"d3\"]");
	}

	@Test
	void refusesATaskWithoutTargets() {
		assertInvalid(request(TaskType.FIRMWARE_UPGRADE, null), "no targets");
		assertInvalid(request(TaskType.FIRMWARE_UPGRADE, List.of()), "no targets");
	}

	@Test
	void refusesADocumentSourceThatIsNoFileOfTheProject() {
		CreateBatchTaskRequest request = new CreateBatchTaskRequest(null, "t", TaskType.CREATE_DEVICES, null, null,
				null, null, null, null, null, "file1");

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.factory.prepare(SCOPE, request, NOW))
			.withMessageContaining("document_source file1 is not a batch-task file");
	}

	@Test
	void refusesADocumentSourceOnATaskTypeThatTakesNoFile() {
		CreateBatchTaskRequest request = new CreateBatchTaskRequest(null, "t", TaskType.CREATE_COMMANDS, null, null,
				null, null, null, null, null, "file1");

		assertInvalid(request, "document_source");
	}

	@Test
	void refusesTaskModeOutsideFirmwareAndSoftwareUpgrades() {
		CreateBatchTaskRequest module = new CreateBatchTaskRequest(null, "t", TaskType.MODULE_UPGRADE, "GATEWAY", null,
				null, List.of("d1"), null, PACKAGE, null, null);
		CreateBatchTaskRequest firmware = new CreateBatchTaskRequest(null, "t", TaskType.FIRMWARE_UPGRADE, "GATEWAY",
				null, null, List.of("d1"), null, PACKAGE, null, null);

		assertInvalid(module, "task_mode");
		assertThat(this.factory.prepare(SCOPE, firmware, NOW).task().taskMode()).isEqualTo("GATEWAY");
	}

	@Test
	void refusesNeedConfirmOutsideUpgrades() {
		CreateBatchTaskRequest commands = new CreateBatchTaskRequest(null, "t", TaskType.CREATE_COMMANDS, null, true,
				null, List.of("d1"), null, null, null, null);
		CreateBatchTaskRequest module = new CreateBatchTaskRequest(null, "t", TaskType.MODULE_UPGRADE, null, true, null,
				List.of("d1"), null, PACKAGE, null, null);

		assertInvalid(commands, "need_confirm");
		assertThat(this.factory.prepare(SCOPE, module, NOW).task().needConfirm()).isTrue();
	}

	@Test
	void refusesTaskExtInfoOutsideUpgradesOrOverFiveHundredTwelveCharacters() {
		CreateBatchTaskRequest commands = new CreateBatchTaskRequest(null, "t", TaskType.CREATE_COMMANDS, null, null,
				Map.of("k", "v"), List.of("d1"), null, null, null, null);
		// {"k":"..."} is 8 characters around the value
		CreateBatchTaskRequest fits = new CreateBatchTaskRequest(null, "t", TaskType.FIRMWARE_UPGRADE, null, null,
				Map.of("k", "x".repeat(504)), List.of("d1"), null, PACKAGE, null, null);
		CreateBatchTaskRequest tooLong = new CreateBatchTaskRequest(null, "t", TaskType.FIRMWARE_UPGRADE, null, null,
				Map.of("k", "x".repeat(505)), List.of("d1"), null, PACKAGE, null, null);

		assertInvalid(commands, "task_ext_info");
		assertThat(this.factory.prepare(SCOPE, fits, NOW).task().taskExtInfoJson()).hasSize(512);
		assertInvalid(tooLong, "512");
	}

	@Test
	void refusesAnUpgradeDocumentWithoutPackages() {
		assertInvalid(upgradeWithDocument(Map.of("other", "x")), "package_ids");
		assertInvalid(upgradeWithDocument(Map.of("package_ids", List.of())), "package_ids");
		assertInvalid(upgradeWithDocument(Map.of("package_ids", List.of(" "))), "package_ids");
		assertInvalid(upgradeWithDocument(Map.of("package_id", "")), "package_ids");
	}

	@Test
	void acceptsEitherFormOfUpgradeDocument() {
		assertThat(this.factory.prepare(SCOPE, upgradeWithDocument(Map.of("package_ids", List.of("a"))), NOW)
			.task()
			.documentJson()).isEqualTo("{\"package_ids\":[\"a\"]}");
		assertThat(
				this.factory.prepare(SCOPE, upgradeWithDocument(Map.of("package_id", "a")), NOW).task().documentJson())
			.isEqualTo("{\"package_id\":\"a\"}");
	}

	@Test
	void refusesRetryCountWithoutRetryIntervalAndTheOtherWayRound() {
		assertInvalid(withPolicy(new TaskPolicy(null, 3, null)), "come together");
		assertInvalid(withPolicy(new TaskPolicy(null, null, 10)), "come together");

		NewTaskFactory.Prepared both = this.factory.prepare(SCOPE, withPolicy(new TaskPolicy(null, 3, 10)), NOW);
		assertThat(both.task().retryCount()).isEqualTo(3);
		assertThat(both.task().retryInterval()).isEqualTo(10);
	}

	@Test
	void takesAScheduleTimeUpToSevenDaysAhead() {
		Instant sevenDays = NOW.plus(Duration.ofDays(7));
		String atLimit = IotdaTime.format(sevenDays);

		NewTaskFactory.Prepared prepared = this.factory.prepare(SCOPE, withPolicy(new TaskPolicy(atLimit, null, null)),
				NOW);

		assertThat(prepared.task().scheduleTime()).isEqualTo(sevenDays);
	}

	@Test
	void refusesAScheduleTimeMoreThanSevenDaysAhead() {
		String tooFar = IotdaTime.format(NOW.plus(Duration.ofDays(7)).plusSeconds(1));

		assertInvalid(withPolicy(new TaskPolicy(tooFar, null, null)), "7 days");
	}

	@Test
	void refusesAScheduleTimeThatIsNoDate() {
		assertInvalid(withPolicy(new TaskPolicy("20240230T000000Z", null, null)), "schedule_time");
	}

	@Test
	void leavesOutWhatTheRequestLeftOut() {
		NewTaskFactory.Prepared prepared = this.factory.prepare(SCOPE, new CreateBatchTaskRequest(null, "t",
				TaskType.CREATE_COMMANDS, null, null, null, List.of("d1"), null, null, null, null), NOW);

		BatchTask.NewTask task = prepared.task();
		assertThat(task.needConfirm()).isFalse();
		assertThat(task.taskExtInfoJson()).isNull();
		assertThat(task.documentJson()).isNull();
		assertThat(task.targetsFilterJson()).isNull();
		assertThat(task.scheduleTime()).isNull();
		assertThat(task.retryCount()).isNull();
		assertThat(task.retryInterval()).isNull();
	}

	private void assertInvalid(CreateBatchTaskRequest request, String detail) {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.factory.prepare(SCOPE, request, NOW))
			.withMessageContaining(detail);
	}

	private static CreateBatchTaskRequest request(TaskType type, List<String> targets) {
		return new CreateBatchTaskRequest(null, "t", type, null, null, null, targets, null,
				type.isUpgrade() ? PACKAGE : null, null, null);
	}

	private static CreateBatchTaskRequest upgradeWithDocument(Map<String, Object> document) {
		return new CreateBatchTaskRequest(null, "t", TaskType.SOFTWARE_UPGRADE, null, null, null, List.of("d1"), null,
				document, null, null);
	}

	private static CreateBatchTaskRequest withPolicy(TaskPolicy policy) {
		return new CreateBatchTaskRequest(null, "t", TaskType.FIRMWARE_UPGRADE, null, null, null, List.of("d1"), null,
				PACKAGE, policy, null);
	}

}
