package io.iotda.emulator.security;

import org.springframework.test.context.TestPropertySource;

/**
 * In {@code accept-any} mode, too, the control plane is open without credentials (the
 * same properties as {@link AcceptAnyModeIntegrationTests}, so one application context).
 */
@TestPropertySource(properties = "iotda.auth.mode=accept-any")
class AcceptAnyControlPlaneOpenIntegrationTests extends ControlPlaneOpenIntegrationTests {

}
