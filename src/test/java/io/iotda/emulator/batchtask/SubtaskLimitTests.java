package io.iotda.emulator.batchtask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Which subtask limit {@code iotda.limits.max-subtasks} puts in force on each database.
 */
class SubtaskLimitTests {

	@Test
	void limitsTheEmbeddedDatabaseByDefaultAndNotPostgresql() {
		assertThat(SubtaskLimit.resolve("auto", true)).hasValue(SubtaskLimit.EMBEDDED_DEFAULT);
		assertThat(SubtaskLimit.resolve("auto", false)).isEmpty();
	}

	@Test
	void takesAConfiguredLimitOnEitherDatabaseAndZeroAsNoLimit() {
		assertThat(SubtaskLimit.resolve("5000", false)).hasValue(5000);
		assertThat(SubtaskLimit.resolve("500000", true)).hasValue(500_000);
		assertThat(SubtaskLimit.resolve("0", true)).isEqualTo(OptionalLong.empty());
	}

}
