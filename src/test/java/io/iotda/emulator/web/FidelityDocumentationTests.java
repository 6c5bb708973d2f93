package io.iotda.emulator.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.web.error.IotdaError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Every error code or message the emulator had to choose (marked {@code emulatorChoice}
 * in the catalog) is named in {@code docs/fidelity.md}, where users look for what differs
 * from the real service.
 */
class FidelityDocumentationTests {

	@Test
	void namesEveryCodeTheEmulatorChose() throws Exception {
		String fidelity = Files.readString(Path.of("docs/fidelity.md"));
		assertThat(Arrays.stream(IotdaError.values()).filter(IotdaError::emulatorChoice)).isNotEmpty()
			.allSatisfy(
					(error) -> assertThat(fidelity).as("docs/fidelity.md on %s", error.name()).contains(error.code()));
	}

}
