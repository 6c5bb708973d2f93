package io.iotda.emulator.device;

import io.iotda.emulator.support.PostgresProperties;
import io.iotda.emulator.support.TestcontainersConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The registry on the real PostgreSQL of {@link io.iotda.emulator.support.TestDatabase}.
 */
@Import(TestcontainersConfiguration.class)
class DeviceRegistryTests extends AbstractDeviceRegistryTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresProperties.register(registry);
	}

}
