package io.iotda.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.ControlPlaneRequests;
import io.iotda.emulator.support.PathSpellings;
import io.iotda.emulator.support.RawHttp;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * {@code iotda.emulator.control-plane.enabled=false}: the control plane's paths answer as
 * unknown ones, whatever the mode and however they are spelled.
 */
@Lockdown
class ControlPlaneSwitchedOffIntegrationTests extends AbstractApiIntegrationTests {

	@Autowired
	private ApplicationContext context;

	@Test
	void everyMappingAnswersAsAnUnknownPath() {
		List<String> answered = ControlPlaneRequests.unexpectedAnswers(this.context, this::api,
				(response) -> response.statusCode() == 404
						&& "APIGW.0101".equals(response.jsonPath().getString("error_code")));
		assertThat(answered).as("control-plane requests not answered 404 APIGW.0101").isEmpty();
	}

	@Test
	void noSpellingOfTheControlPlaneAnswers() throws IOException {
		List<String> answered = new ArrayList<>();
		for (PathSpellings.Spelling spelling : PathSpellings.of("/_emulator/clock")) {
			RawHttp.Response response = RawHttp.send(this.port, "GET", spelling.path(), List.of(), null,
					Duration.ofSeconds(10));
			if (response.status() != 400 && response.status() != 404) {
				answered.add(spelling + " -> " + response.status() + " " + response.body());
			}
		}
		assertThat(answered).as("spellings of GET /_emulator/clock answered").isEmpty();
	}

	@Test
	void itsOpenApiGroupIsGone() {
		api().get("/v3/api-docs/iotda").then().statusCode(200);
		assertThat(api().get("/v3/api-docs/emulator").statusCode()).isGreaterThanOrEqualTo(400);
	}

}
