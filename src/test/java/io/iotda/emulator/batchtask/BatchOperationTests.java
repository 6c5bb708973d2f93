package io.iotda.emulator.batchtask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BatchOperationTests {

	private static final Set<TaskType> FIRMWARE_AND_SOFTWARE = EnumSet.of(TaskType.FIRMWARE_UPGRADE,
			TaskType.SOFTWARE_UPGRADE);

	/** What one operation must do (spec section 4), row by row. */
	record Rule(BatchOperation operation, Set<TaskType> types, Set<TaskStatus> refusedWhile, Set<SubtaskStatus> moved,
			SubtaskStatus to, boolean clearsError, String verb) {

		@Override
		public String toString() {
			return this.verb;
		}

	}

	static Stream<Rule> rules() {
		return Stream.of(
				// stop: only firmware and software upgrades; refused while the task is
				// finished or stopping; moves every active subtask to Stopped and keeps
				// its
				// error
				new Rule(BatchOperation.STOP, FIRMWARE_AND_SOFTWARE,
						EnumSet.of(TaskStatus.SUCCESS, TaskStatus.FAIL, TaskStatus.PARTIAL_SUCCESS, TaskStatus.STOPPED,
								TaskStatus.STOPPING),
						EnumSet.of(SubtaskStatus.PROCESSING, SubtaskStatus.WAITTING, SubtaskStatus.FAIL_WAIT_RETRY),
						SubtaskStatus.STOPPED, false, "stop"),
				// retry: only firmware and software upgrades; refused while the task
				// succeeded, is stopped or has not started; moves failed and stopped
				// subtasks back to Waitting and clears their error
				new Rule(BatchOperation.RETRY, FIRMWARE_AND_SOFTWARE,
						EnumSet.of(TaskStatus.SUCCESS, TaskStatus.STOPPED, TaskStatus.STOPPING, TaskStatus.WAITTING,
								TaskStatus.INITIALIZING),
						EnumSet.of(SubtaskStatus.FAIL, SubtaskStatus.FAIL_WAIT_RETRY, SubtaskStatus.STOPPED),
						SubtaskStatus.WAITTING, true, "retry"),
				// confirm: every upgrade type; refused while the task is finished or
				// stopping; starts Waitting subtasks and keeps their error
				new Rule(BatchOperation.CONFIRM,
						EnumSet.of(TaskType.FIRMWARE_UPGRADE, TaskType.SOFTWARE_UPGRADE, TaskType.MODULE_UPGRADE),
						EnumSet.of(TaskStatus.SUCCESS, TaskStatus.FAIL, TaskStatus.PARTIAL_SUCCESS, TaskStatus.STOPPED,
								TaskStatus.STOPPING),
						EnumSet.of(SubtaskStatus.WAITTING), SubtaskStatus.PROCESSING, false, "confirm"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void takesOnlyTheTaskTypesOfItsRule(Rule rule) {
		assertThat(typesTaking(rule.operation())).isEqualTo(rule.types());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void isRefusedOnlyWhileTheTaskIsInTheStatusesOfItsRule(Rule rule) {
		assertThat(statusesRefusing(rule.operation())).isEqualTo(rule.refusedWhile());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void movesTheSubtasksOfItsRuleAndKeepsOrClearsTheirError(Rule rule) {
		BatchOperation operation = rule.operation();
		assertThat(subtasksMovedBy(operation)).isEqualTo(rule.moved());
		assertThat(operation.movesFrom()).isEqualTo(subtasksMovedBy(operation));
		assertThat(operation.movesTo()).isEqualTo(rule.to());
		assertThat(operation.clearsError()).isEqualTo(rule.clearsError());
		assertThat(operation.verb()).isEqualTo(rule.verb());
	}

	@Test
	void stopMovesExactlyTheActiveSubtasks() {
		assertThat(subtasksMovedBy(BatchOperation.STOP)).isEqualTo(SubtaskStatus.ACTIVE);
	}

	@Test
	void noOperationMovesASubtaskIntoTheStatusItCameFrom() {
		for (BatchOperation operation : BatchOperation.values()) {
			assertThat(operation.moves(operation.movesTo())).as(operation.verb()).isFalse();
		}
	}

	@Test
	void allowsAtMostOneHundredNamedTargets() {
		assertThat(BatchOperation.MAX_TARGETS).isEqualTo(100);
	}

	private static Set<TaskType> typesTaking(BatchOperation operation) {
		Set<TaskType> types = EnumSet.noneOf(TaskType.class);
		Arrays.stream(TaskType.values()).filter(operation::appliesTo).forEach(types::add);
		return types;
	}

	private static Set<TaskStatus> statusesRefusing(BatchOperation operation) {
		Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
		Arrays.stream(TaskStatus.values()).filter(operation::isRefusedWhile).forEach(statuses::add);
		return statuses;
	}

	private static Set<SubtaskStatus> subtasksMovedBy(BatchOperation operation) {
		Set<SubtaskStatus> statuses = EnumSet.noneOf(SubtaskStatus.class);
		Arrays.stream(SubtaskStatus.values()).filter(operation::moves).forEach(statuses::add);
		return statuses;
	}

}
