package io.iotda.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.ControlPlaneRequests;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * In the default {@code none} mode the control plane is open: every mapping is answered
 * by its controller, with no credential at all.
 */
class ControlPlaneOpenIntegrationTests extends AbstractApiIntegrationTests {

	/** What the guard would answer; a controller answers none of these. */
	private static final Set<String> GUARD_CODES = Set.of("APIG.0301", "IOTDA.000004", "EMULATOR.0403", "APIGW.0101");

	@Autowired
	private ApplicationContext context;

	@Test
	void everyMappingIsAnsweredWithoutCredentials() {
		List<String> refused = ControlPlaneRequests.unexpectedAnswers(this.context, this::api, (response) -> {
			String code = (response.statusCode() >= 400) ? response.jsonPath().getString("error_code") : null;
			return code == null || !GUARD_CODES.contains(code);
		});
		assertThat(refused).as("control-plane requests refused without credentials").isEmpty();
	}

}
