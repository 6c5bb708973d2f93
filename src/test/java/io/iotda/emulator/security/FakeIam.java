package io.iotda.emulator.security;

import io.restassured.specification.RequestSpecification;

/**
 * The fake IAM of {@link VerifyMode}: tokens of its users, and a task created with one.
 */
final class FakeIam {

	/** A valid create request. */
	static final String CREATE = """
			{"task_name":"t1","task_type":"firmwareUpgrade","targets":["d1","d2"]}""";

	private FakeIam() {
	}

	/**
	 * The body of {@code POST /v3/auth/tokens}; {@code project} is the scope's members.
	 */
	static String tokenRequest(String user, String password, String domain, String project) {
		return """
				{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"%s","password":"%s",
				"domain":{"name":"%s"}}}},"scope":{"project":{%s}}}}""".formatted(user, password, domain, project);
	}

	/** A token of a user of domain acme, scoped to the project. */
	static String token(RequestSpecification api, String user, String password, String projectId) {
		return api.body(tokenRequest(user, password, "acme", "\"id\":\"" + projectId + "\""))
			.post("/v3/auth/tokens")
			.then()
			.statusCode(201)
			.extract()
			.header("X-Subject-Token");
	}

	/** Creates {@link #CREATE} in project p1 with the token; the new task's id. */
	static String createTaskOfP1(RequestSpecification api, String token) {
		return api.header("X-Auth-Token", token)
			.body(CREATE)
			.post("/v5/iot/p1/batchtasks")
			.then()
			.statusCode(201)
			.extract()
			.path("task_id");
	}

}
