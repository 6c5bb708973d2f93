package io.iotda.emulator.security;

import static io.iotda.emulator.support.IotdaEnvelopes.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.IotdaEnvelopes;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code iotda.auth.mode=verify}: tokens from the fake IAM, and AK/SK signatures, bound
 * to projects.
 */
@VerifyMode
class VerifyModeIntegrationTests extends AbstractApiIntegrationTests {

	private static final String CREATE = FakeIam.CREATE;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SigningClient signing;

	@BeforeEach
	void signingClient() {
		this.signing = new SigningClient(this.port);
	}

	/**
	 * The manual clock stands still: put it at the wall-clock time the signatures use,
	 * however long other classes have used this shared application context.
	 */
	@BeforeEach
	void emulatorClockAtWallClockTime() {
		api().header("X-Emulator-Token", VerifyMode.CONTROL_PLANE_TOKEN)
			.body("{\"now\":\"" + Instant.now() + "\"}")
			.put("/_emulator/clock")
			.then()
			.statusCode(200);
	}

	@Test
	void issuesAProjectScopedTokenInXSubjectToken() {
		api().body(tokenRequest("alice", "alice-password", "acme", "\"name\":\"cn-north-4\""))
			.post("/v3/auth/tokens")
			.then()
			.statusCode(201)
			.header("X-Subject-Token", startsWith("MII"))
			.body("token.project.id", equalTo("p1"))
			.body("token.project.name", equalTo("cn-north-4"))
			.body("token.user.name", equalTo("alice"))
			.body("token.user.domain.name", equalTo("acme"))
			.body("token.methods[0]", equalTo("password"))
			.body("token.expires_at", not(emptyOrNullString()));
	}

	@Test
	void refusesATokenToAWrongPasswordOrAProjectNotTheUsers() {
		api().body(tokenRequest("alice", "wrong", "acme", "\"id\":\"p1\""))
			.post("/v3/auth/tokens")
			.then()
			.statusCode(401)
			.body("error.code", equalTo(401));
		api().body(tokenRequest("alice", "alice-password", "acme", "\"id\":\"p2\""))
			.post("/v3/auth/tokens")
			.then()
			.statusCode(401);
		api().body("{\"auth\":{}}").post("/v3/auth/tokens").then().statusCode(400).body("error.code", equalTo(400));
		api().body("{not json").post("/v3/auth/tokens").then().statusCode(400);
	}

	@Test
	void aTokenOpensItsOwnProject() {
		String token = token("alice", "alice-password", "p1");
		String taskId = FakeIam.createTaskOfP1(api(), token);
		api().header("X-Auth-Token", token)
			.get("/v5/iot/p1/batchtasks/{id}", taskId)
			.then()
			.statusCode(200)
			.body("batchtask.task_id", equalTo(taskId));
	}

	@Test
	void aTokenOfAnotherProjectOrAnUnknownTokenIsForbidden() {
		String bobs = token("bob", "bob-password", "p2");
		api().header("X-Auth-Token", bobs)
			.get("/v5/iot/p1/batchtasks?task_type=firmwareUpgrade")
			.then()
			.statusCode(403)
			.header("X-Request-Id", not(emptyOrNullString()))
			.body("error_code", equalTo("IOTDA.000004"))
			.body("error_msg", equalTo("Invalid access token."))
			.body("request_id", nullValue());
		assertRefused(
				api().header("X-Auth-Token", "MIInot-a-token").get("/v5/iot/p1/batchtasks?task_type=firmwareUpgrade"),
				403, "IOTDA.000004");
	}

	@Test
	void anExpiredTokenIsRefused() throws InterruptedException {
		String token = token("alice", "alice-password", "p1");
		// the token lives 3 s on the emulator's clock
		api().header("X-Emulator-Token", VerifyMode.CONTROL_PLANE_TOKEN)
			.body("{\"seconds\":4}")
			.post("/_emulator/clock/advance")
			.then()
			.statusCode(200);
		Response response = api().header("X-Auth-Token", token).get("/v5/iot/p1/batchtasks?task_type=firmwareUpgrade");
		IotdaEnvelopes.assertGatewayRefusal(response, 401, "APIG.0301",
				startsWith("Incorrect IAM authentication information: token expires, expires_at: "));
	}

	@Test
	void aRequestWithoutCredentialsIsUnauthorized() {
		Response response = api().get("/v5/iot/p1/batchtasks?task_type=firmwareUpgrade");
		IotdaEnvelopes.assertNoTokenRefusal(response);
	}

	@Test
	void onlyTheIotdaApiIsGuarded() {
		api().get("/actuator/health").then().statusCode(200);
		api().get("/v3/api-docs").then().statusCode(200);
	}

	@Test
	void acceptsJavaSdkStyleSignaturesWithChunkedAndZeroByteBodies() throws Exception {
		SigningClient.Reply created = this.signing.call("POST", "/v5/iot/p1/batchtasks").body(CREATE).chunked().send();
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String taskId = JSON.readTree(created.body()).get("task_id").asString();
		SigningClient.Reply listed = this.signing.call("GET", "/v5/iot/p1/batchtasks")
			.query("task_type=firmwareUpgrade&limit=50")
			.send();
		assertThat(listed.status()).as(listed.body()).isEqualTo(200);
		assertThat(JSON.readTree(listed.body()).get("page").get("count").asInt()).isEqualTo(1);
		SigningClient.Reply stopped = this.signing.call("POST", "/v5/iot/p1/batchtasks/" + taskId + "/stop").send();
		assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
		assertThat(stopped.body()).isEqualTo("{\"targets\":[]}");
	}

	@Test
	void acceptsPythonSdkStyleSignaturesOverContentTypeAndDerivedSignatures() throws Exception {
		SigningClient.Reply python = this.signing.call("POST", "/v5/iot/p1/batchtasks")
			.header("User-Agent", "huaweicloud-usdk-python/3.0")
			.signContentType()
			.body(CREATE)
			.send();
		assertThat(python.status()).as(python.body()).isEqualTo(201);
		SigningClient.Reply derived = this.signing.call("GET", "/v5/iot/p1/batchtasks")
			.query("task_type=firmwareUpgrade&offset=0&limit=10&marker=ffffffffffffffffffffffff")
			.header("Instance-Id", "inst-1")
			.derived("cn-north-4", "iotdm")
			.send();
		assertThat(derived.status()).as(derived.body()).isEqualTo(200);
		SigningClient.Reply otherService = listFirmwareUpgrades("p1").derived("cn-north-4", "ecs").send();
		assertThat(otherService.status()).isEqualTo(401);
	}

	@Test
	void aWrongSecretKeyIsUnauthorizedWithTheGatewaysMessage() throws Exception {
		SigningClient.Reply reply = listFirmwareUpgrades("p1").key(VerifyMode.P1_AK, "not-the-sk").send();
		assertThat(reply.status()).isEqualTo(401);
		JsonNode body = JSON.readTree(reply.body());
		assertThat(body.get("error_code").asString()).isEqualTo("APIG.0301");
		assertThat(body.get("error_msg").asString())
			.isEqualTo("Incorrect IAM authentication information: verify aksk signature fail");
		assertThat(body.get("request_id").asString())
			.isEqualTo(reply.headers().firstValue("X-Request-Id").orElseThrow());
	}

	@Test
	void anUnknownAccessKeyIsUnauthorized() throws Exception {
		SigningClient.Reply reply = listFirmwareUpgrades("p1").key("NOSUCHAK", "x").send();
		assertThat(reply.status()).isEqualTo(401);
		assertThat(JSON.readTree(reply.body()).get("error_msg").asString())
			.isEqualTo("Incorrect IAM authentication information: Get secretKey failed,ak:NOSUCHAK,err:ak not exist");
	}

	@Test
	void aBodyOtherThanTheSignedOneIsUnauthorized() throws Exception {
		SigningClient.Reply reply = this.signing.call("POST", "/v5/iot/p1/batchtasks")
			.body(CREATE)
			.sendInstead(CREATE.replace("t1", "t2"))
			.chunked()
			.send();
		assertThat(reply.status()).isEqualTo(401);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM batch_task", Integer.class)).isZero();
	}

	@Test
	void anSdkDateMoreThanFifteenMinutesFromTheClockIsUnauthorized() throws Exception {
		Instant now = Instant.now();
		for (Duration off : new Duration[] { Duration.ofMinutes(16), Duration.ofMinutes(-16) }) {
			SigningClient.Reply reply = listFirmwareUpgrades("p1").at(now.plus(off)).send();
			assertThat(reply.status()).isEqualTo(401);
			assertThat(JSON.readTree(reply.body()).get("error_msg").asString())
				.startsWith("Incorrect IAM authentication information: verify aksk signature fail, X-Sdk-Date ");
		}
		for (Duration off : new Duration[] { Duration.ofMinutes(14), Duration.ofMinutes(-14) }) {
			assertThat(listFirmwareUpgrades("p1").at(now.plus(off)).send().status()).isEqualTo(200);
		}
	}

	@Test
	void aKeyUsedOnAProjectItIsNotBoundToIsForbidden() throws Exception {
		SigningClient.Reply otherProject = listFirmwareUpgrades("p2").send();
		assertThat(otherProject.status()).isEqualTo(403);
		assertThat(JSON.readTree(otherProject.body()).get("error_code").asString()).isEqualTo("IOTDA.000004");
		SigningClient.Reply otherHeader = listFirmwareUpgrades("p1").header("X-Project-Id", "p2").send();
		assertThat(otherHeader.status()).isEqualTo(403);
	}

	@Test
	void aSignedBodyOverTheLimitIsRefusedWhileBeingRead() throws Exception {
		String huge = "{\"targets\":[\"" + "d".repeat(20 * 1024) + "\"]}";
		SigningClient.Reply chunked = this.signing.call("POST", "/v5/iot/p1/batchtasks/0123456789abcdef01234567/stop")
			.body(huge)
			.chunked()
			.send();
		assertThat(chunked.status()).isEqualTo(413);
		assertThat(JSON.readTree(chunked.body()).get("error_code").asString()).isEqualTo("APIG.0201");
		SigningClient.Reply sized = this.signing.call("POST", "/v5/iot/p1/batchtasks/0123456789abcdef01234567/stop")
			.body(huge)
			.send();
		assertThat(sized.status()).isEqualTo(413);
	}

	/** A signed list of the project's firmware upgrades, to add to and send. */
	private SigningClient.Call listFirmwareUpgrades(String project) {
		return this.signing.call("GET", "/v5/iot/" + project + "/batchtasks").query("task_type=firmwareUpgrade");
	}

	private String token(String user, String password, String projectId) {
		return FakeIam.token(api(), user, password, projectId);
	}

	private static String tokenRequest(String user, String password, String domain, String project) {
		return FakeIam.tokenRequest(user, password, domain, project);
	}

}
