package io.iotda.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules, one per top-level package under {@code io.iotda.emulator}:
 * no cycles, and no module reaches into another's internals. The module documentation in
 * {@code docs/modules/} is checked against the same model, so it cannot drift from the
 * code.
 */
class ModulesTests {

	private static final ApplicationModules modules = ApplicationModules.of(IotdaEmulatorApplication.class);

	@Test
	void dependenciesRunOneWayAndStayOnEachModulesApi() {
		modules.verify();
	}

	@Test
	void everyTopLevelPackageIsAModule() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.containsExactlyInAnyOrder("batchfile", "batchtask", "controlplane", "device", "devicegroup", "otapackage",
					"security", "simulation", "web");
	}

	/**
	 * Writes the module documentation to {@code target/modules/} and checks that
	 * {@code docs/modules/} holds the same (Spring Modulith lists relations in no fixed
	 * order, so lines are compared as sets). When the modules change, copy
	 * {@code target/modules/*} to {@code docs/modules/}.
	 */
	@Test
	void documentationInDocsFollowsTheModules() throws IOException {
		Path generated = Path.of("target", "modules");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> files = Files.list(generated)) {
			List<Path> written = files.sorted().toList();
			assertThat(written).isNotEmpty();
			for (Path file : written) {
				Path committed = Path.of("docs", "modules").resolve(file.getFileName());
				assertThat(committed).as("docs/modules is out of date: copy target/modules/* there").exists();
				assertThat(Set.copyOf(Files.readAllLines(committed)))
					.as("%s is out of date: copy target/modules/* to docs/modules", committed)
					.isEqualTo(Set.copyOf(Files.readAllLines(file)));
			}
		}
	}

}
