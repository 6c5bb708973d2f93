package io.iotda.emulator.device;

import org.springframework.test.context.TestPropertySource;

/**
 * The registry on the embedded H2 database in PostgreSQL mode, as the no-setup default
 * runs it: the same statements must work on both.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:registry;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class EmbeddedDeviceRegistryTests extends AbstractDeviceRegistryTests {

}
