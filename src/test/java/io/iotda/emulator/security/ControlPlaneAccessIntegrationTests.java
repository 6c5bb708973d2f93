package io.iotda.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.ControlPlaneRequests;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The control plane in {@code verify} mode: every mapping under {@code /_emulator} needs
 * {@code X-Emulator-Token} with the configured token; the IoTDA API's credentials do not
 * open it.
 */
@VerifyMode
class ControlPlaneAccessIntegrationTests extends AbstractApiIntegrationTests {

	@Autowired
	private ApplicationContext context;

	@Test
	void everyMappingRefusesARequestWithoutTheToken() {
		List<String> answers = answers(UnaryOperator.identity(), "APIG.0301");
		assertThat(answers).as("control-plane requests without X-Emulator-Token not refused with 401").isEmpty();
		Response response = api().post("/_emulator/reset");
		response.then()
			.statusCode(401)
			.body("error_msg",
					equalTo("Incorrect IAM authentication information: x-emulator-token not found "
							+ "(the control plane's credential)"))
			.body("request_id", equalTo(response.header("X-Request-Id")));
	}

	@Test
	void everyMappingRefusesAWrongTokenOrTheApisCredentials() {
		assertThat(answers((request) -> request.header("X-Emulator-Token", VerifyMode.CONTROL_PLANE_TOKEN + "x"),
				"IOTDA.000004"))
			.as("control-plane requests with a wrong X-Emulator-Token not refused with 403")
			.isEmpty();
		String apiToken = api().body("""
				{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"alice",
				"password":"alice-password","domain":{"name":"acme"}}}},"scope":{"project":{"id":"p1"}}}}""")
			.post("/v3/auth/tokens")
			.then()
			.statusCode(201)
			.extract()
			.header("X-Subject-Token");
		assertThat(answers((request) -> request.header("X-Auth-Token", apiToken), "APIG.0301"))
			.as("control-plane requests with an IoTDA token not refused with 401")
			.isEmpty();
	}

	@Test
	void theRightTokenOpensTheControlPlane() {
		api().header("X-Emulator-Token", VerifyMode.CONTROL_PLANE_TOKEN)
			.body("{\"devices\":[\"g-1\",\"g-2\"]}")
			.put("/_emulator/projects/p1/groups/fleet")
			.then()
			.statusCode(200)
			.body("devices", hasSize(2));
		api().header("X-Emulator-Token", VerifyMode.CONTROL_PLANE_TOKEN)
			.get("/_emulator/projects/p1/groups")
			.then()
			.statusCode(200)
			.body("groups", hasSize(1));
		api().header("X-Emulator-Token", VerifyMode.CONTROL_PLANE_TOKEN)
			.get("/_emulator/clock")
			.then()
			.statusCode(200)
			.body("mode", equalTo("manual"));
		api().header("X-Emulator-Token", VerifyMode.CONTROL_PLANE_TOKEN)
			.get("/_emulator/requests")
			.then()
			.statusCode(200)
			.body("requests", notNullValue());
		api().header("X-Emulator-Token", VerifyMode.CONTROL_PLANE_TOKEN)
			.body("{\"project_id\":\"no-such-project\",\"expected_count\":0}")
			.post("/_emulator/requests/count")
			.then()
			.statusCode(200)
			.body("as_expected", equalTo(true));
		api().header("X-Emulator-Token", VerifyMode.CONTROL_PLANE_TOKEN)
			.get("/_emulator/projects/p1/snapshot")
			.then()
			.statusCode(200)
			.body("device_groups[0].group_id", equalTo("fleet"));
		api().header("X-Emulator-Token", VerifyMode.CONTROL_PLANE_TOKEN)
			.post("/_emulator/reset")
			.then()
			.statusCode(200);
		api().header("X-Emulator-Token", VerifyMode.CONTROL_PLANE_TOKEN)
			.get("/_emulator/projects/p1/groups")
			.then()
			.statusCode(200)
			.body("groups", hasSize(0));
	}

	@Test
	void refusalsCarryTheEnvelopeAndTheRequestId() {
		api().header("X-Emulator-Token", "not-the-token-at-all")
			.get("/_emulator/clock")
			.then()
			.statusCode(403)
			.header("X-Request-Id", not(emptyOrNullString()))
			.body("error_code", equalTo("IOTDA.000004"))
			.body("error_msg", equalTo("Invalid access token."));
	}

	/**
	 * Sends every control-plane request as {@code customise} makes it; answers those
	 * whose error code is not {@code expected}.
	 */
	private List<String> answers(UnaryOperator<RequestSpecification> customise, String expected) {
		List<ControlPlaneRequests.Request> requests = ControlPlaneRequests.all(this.context);
		assertThat(requests).hasSizeGreaterThan(20);
		List<String> unexpected = new ArrayList<>();
		for (ControlPlaneRequests.Request request : requests) {
			Response response = customise.apply(api().body("{}")).request(request.method(), request.path());
			String code = response.getContentType().startsWith("application/json")
					? response.jsonPath().getString("error_code") : null;
			if (!expected.equals(code)) {
				unexpected.add(request + " -> " + response.statusCode() + " " + response.asString());
			}
		}
		return unexpected;
	}

}
