package io.iotda.emulator.security;

import static org.hamcrest.Matchers.equalTo;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import org.junit.jupiter.api.Test;

/**
 * The default, {@code iotda.auth.mode=none}: whatever credentials come, or none, are
 * ignored.
 */
class NoneModeIntegrationTests extends AbstractApiIntegrationTests {

	@Test
	void requestsWithoutCredentialsPass() {
		api().get("/v5/iot/p1/batchtasks?task_type=firmwareUpgrade").then().statusCode(200);
	}

	@Test
	void credentialsAreIgnored() {
		api().header("X-Auth-Token", "unknown")
			.header("Authorization", "SDK-HMAC-SHA256 Access=NOBODY, SignedHeaders=host, Signature=" + "0".repeat(64))
			.get("/v5/iot/p1/batchtasks?task_type=firmwareUpgrade")
			.then()
			.statusCode(200);
	}

	@Test
	void theFakeIamHasNoUsersUnlessConfigured() {
		api().body("""
				{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"u","password":"p",
				"domain":{"name":"d"}}}},"scope":{"project":{"id":"p1"}}}}""")
			.post("/v3/auth/tokens")
			.then()
			.statusCode(401)
			.body("error.message", equalTo("The username or password is wrong."));
	}

}
