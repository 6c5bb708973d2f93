package io.iotda.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules, one per top-level package under {@code io.iotda.emulator}:
 * no cycles, and no module reaches into another's internals. The module documentation in
 * {@code docs/modules/} is written from the same model, so it cannot drift from the code.
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
			.containsExactlyInAnyOrder("batchtask", "emulator", "security", "simulation", "web");
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		assertThat(new File("docs/modules/components.puml")).isFile();
	}

}
