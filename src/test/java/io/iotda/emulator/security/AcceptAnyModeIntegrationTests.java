package io.iotda.emulator.security;

import static org.hamcrest.Matchers.equalTo;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.IotdaEnvelopes;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** {@code iotda.auth.mode=accept-any}: credentials must be there, but are not checked. */
@TestPropertySource(properties = "iotda.auth.mode=accept-any")
class AcceptAnyModeIntegrationTests extends AbstractApiIntegrationTests {

	@Test
	void anyTokenIsAccepted() {
		api().header("X-Auth-Token", "anything at all")
			.get("/v5/iot/p1/batchtasks?task_type=firmwareUpgrade")
			.then()
			.statusCode(200);
	}

	@Test
	void anySdkAuthorizationHeaderIsAcceptedUnverified() {
		api().header("Authorization", "SDK-HMAC-SHA256 Access=WHOEVER, SignedHeaders=host, Signature=00")
			.get("/v5/iot/p1/batchtasks?task_type=firmwareUpgrade")
			.then()
			.statusCode(200);
		api().header("Authorization", "V11-HMAC-SHA256 Credential=WHOEVER/20200101/r/iotdm, Signature=00")
			.body("""
					{"task_name":"t1","task_type":"firmwareUpgrade","targets":["d1"]}""")
			.post("/v5/iot/p9/batchtasks")
			.then()
			.statusCode(201);
	}

	@Test
	void aRequestWithoutCredentialsIsUnauthorized() {
		for (String authorization : new String[] { null, "Basic dXNlcjpwYXNz", "  " }) {
			var request = api();
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			Response response = request.get("/v5/iot/p1/batchtasks?task_type=firmwareUpgrade");
			IotdaEnvelopes.assertNoTokenRefusal(response);
		}
	}

	@Test
	void theControlPlaneAndHealthNeedNoCredentials() {
		api().get("/actuator/health").then().statusCode(200);
		api().get("/v3/api-docs").then().statusCode(200);
	}

}
