package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.TenantScope;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.iotda.emulator.web.error.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The request rules the service checks before it touches the database: a refused request
 * must not even lock the task.
 */
class BatchTaskServiceTests {

	private final BatchTaskRepository tasks = mock(BatchTaskRepository.class);

	private final SubtaskRepository subtasks = mock(SubtaskRepository.class);

	private final BatchTaskService service = new BatchTaskService(this.tasks, this.subtasks, null, null,
			new BatchTaskProperties(Duration.ofSeconds(2)), null, null,
			Clock.fixed(Instant.parse("2024-06-27T08:15:30Z"), ZoneOffset.UTC));

	@ParameterizedTest
	@EnumSource(BatchOperation.class)
	void refusesMoreThanOneHundredTargetsBeforeTouchingAnything(BatchOperation operation) {
		List<String> targets = IntStream.rangeClosed(1, 101).mapToObj((i) -> "d" + i).toList();

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.service.apply(operation, TenantScope.of("p1", null), "abc", targets))
			.withMessage("Invalid input data. targets must hold at most 100 items.");
		verifyNoInteractions(this.tasks, this.subtasks);
	}

	@Test
	void countsRepeatedTargetsTowardsTheHundred() {
		List<String> targets = new ArrayList<>(IntStream.rangeClosed(1, 100).mapToObj((i) -> "d" + i).toList());
		targets.add("d1");

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.service.apply(BatchOperation.STOP, TenantScope.of("p1", null), "abc", targets));
		verifyNoInteractions(this.tasks, this.subtasks);
	}

	@Test
	void refusesANullTargetBeforeTouchingAnything() {
		List<String> targets = new ArrayList<>();
		targets.add("d1");
		targets.add(null);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.service.apply(BatchOperation.STOP, TenantScope.of("p1", null), "abc", targets))
			.withMessageContaining("null");
		verifyNoInteractions(this.tasks, this.subtasks);
	}

}
