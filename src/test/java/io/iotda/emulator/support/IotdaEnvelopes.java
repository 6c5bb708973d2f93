package io.iotda.emulator.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.iotda.emulator.web.error.IotdaError;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hamcrest.Matcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every refusal must look like on the wire: IoTDA's envelope, with a status/code
 * pair of the error catalog, a client-error status, the catalog's message, and
 * {@code request_id} exactly where the real gateway puts one.
 */
public final class IotdaEnvelopes {

	private static final JsonMapper json = JsonMapper.builder().build();

	private IotdaEnvelopes() {
	}

	/**
	 * A refusal in the envelope ({@link #assertEnvelope}) whose body holds none of the
	 * leaks the request did not carry itself.
	 * @param response the refusal
	 * @param sent the request, as text
	 * @param leaks what must not appear in an error body (stack traces, class and table
	 * names)
	 * @param context what to say on failure
	 */
	public static void assertRefusal(RawHttp.Response response, String sent, List<String> leaks, String context) {
		assertEnvelope(response, context);
		for (String leak : leaks) {
			if (!sent.contains(leak)) {
				assertThat(response.body()).as("leak in %s", context).doesNotContain(leak);
			}
		}
	}

	public static void assertEnvelope(RawHttp.Response response, String context) {
		assertThat(response.header("Content-Type")).as("content type of %s", context).startsWith("application/json");
		JsonNode body = json.readTree(response.bodyBytes());
		assertThat(body.isObject()).as(context).isTrue();
		Set<String> names = body.propertyNames().stream().collect(Collectors.toSet());
		String code = body.path("error_code").asString();
		IotdaError error = Arrays.stream(IotdaError.values())
			.filter((candidate) -> candidate.code().equals(code) && candidate.status().value() == response.status())
			.findFirst()
			.orElse(null);
		assertThat(error).as("status/code pair of the catalog in %s", context).isNotNull();
		assertThat(error.status().value()).as(context).isBetween(400, 499);
		assertThat(body.path("error_msg").asString()).as(context).startsWith(error.message());
		assertThat(names).as(context)
			.isEqualTo(error.fromGateway() ? Set.of("error_code", "error_msg", "request_id")
					: Set.of("error_code", "error_msg"));
	}

	/**
	 * A refusal: the status and the {@code error_code}.
	 * @param response the answer
	 * @param status its status
	 * @param code its {@code error_code}
	 * @return the answer, to check more of it
	 */
	public static ValidatableResponse assertRefused(Response response, int status, String code) {
		return response.then().statusCode(status).body("error_code", equalTo(code));
	}

	/**
	 * A refusal the gateway answers: the status, the code, a message, and the
	 * {@code request_id} of the {@code X-Request-Id} header.
	 * @param response the answer
	 * @param status its status
	 * @param code its {@code error_code}
	 * @param message what its {@code error_msg} must match
	 */
	public static void assertGatewayRefusal(Response response, int status, String code, Matcher<?> message) {
		response.then()
			.statusCode(status)
			.body("error_code", equalTo(code))
			.body("error_msg", message)
			.body("request_id", equalTo(response.header("X-Request-Id")));
	}

	/**
	 * The gateway's refusal of a request that carries no usable credentials.
	 * @param response the answer
	 */
	public static void assertNoTokenRefusal(Response response) {
		assertGatewayRefusal(response, 401, "APIG.0301",
				equalTo("Incorrect IAM authentication information: x-auth-token not found"));
	}

}
