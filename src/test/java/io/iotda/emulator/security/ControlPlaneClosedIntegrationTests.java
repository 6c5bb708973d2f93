package io.iotda.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.ControlPlaneRequests;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code verify} mode with no control-plane token configured: the control plane is
 * closed, and says which setting opens it.
 */
@TestPropertySource(properties = "iotda.auth.mode=verify")
class ControlPlaneClosedIntegrationTests extends AbstractApiIntegrationTests {

	@Autowired
	private ApplicationContext context;

	@Test
	void everyMappingIsClosedAndNamesTheSettingThatOpensIt() {
		List<String> open = ControlPlaneRequests.unexpectedAnswers(this.context,
				() -> api().header("X-Emulator-Token", "any-token-at-all-0123456789"),
				(response) -> response.statusCode() == 403
						&& "EMULATOR.0403".equals(response.jsonPath().getString("error_code")));
		assertThat(open).as("control-plane requests not refused as closed").isEmpty();
		Response response = api().post("/_emulator/reset");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.jsonPath().getString("error_msg"))
			.isEqualTo("The emulator control plane is closed. In verify mode it needs a credential: set "
					+ "iotda.emulator.control-plane.token (IOTDA_EMULATOR_CONTROLPLANE_TOKEN) and send it as "
					+ "X-Emulator-Token.");
		assertThat(response.header("X-Request-Id")).isNotBlank();
	}

}
