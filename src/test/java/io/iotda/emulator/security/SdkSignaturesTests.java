package io.iotda.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signature maths against requests the official Java SDK really sent
 * ({@code sdk-signature-vectors.json}, copied unchanged from the spec), and against
 * requests signed the way the Python SDK signs (computed independently with Python's
 * hashlib/hmac).
 */
class SdkSignaturesTests {

	static Stream<Vector> vectors() throws IOException {
		try (InputStream in = SdkSignaturesTests.class.getResourceAsStream("/security/sdk-signature-vectors.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			List<Vector> vectors = new ArrayList<>();
			for (JsonNode node : root.get("vectors")) {
				Map<String, String> headers = new LinkedHashMap<>();
				node.get("headers")
					.properties()
					.forEach((entry) -> headers.put(entry.getKey(), entry.getValue().asString()));
				vectors.add(new Vector(node.get("what").asString(), node.get("method").asString(),
						node.get("path").asString(), node.get("query").asString(), headers, node.get("body").asString(),
						node.get("ak").asString(), node.get("sk").asString()));
			}
			assertThat(vectors).hasSize(11);
			return vectors.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void acceptsEveryJavaSdkRequestAsItStands(Vector vector) {
		assertThat(verify(vector)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void refusesTheRequestOnceAnySignedHeaderChanges(Vector vector) {
		for (String signed : authorization(vector).signedHeaders()) {
			String name = vector.headers.keySet().stream().filter(signed::equalsIgnoreCase).findFirst().orElseThrow();
			assertThat(verify(vector.withHeader(name, vector.headers.get(name) + "x"))).as(name).isFalse();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void refusesTheRequestOnceThePathQueryBodyOrMethodChanges(Vector vector) {
		assertThat(verify(vector.with(vector.method, vector.path + "/stop", vector.query, vector.body))).isFalse();
		assertThat(verify(vector.with(vector.method, vector.path.replace("/v5/", "/v3/"), vector.query, vector.body)))
			.isFalse();
		String otherQuery = vector.query.isEmpty() ? "limit=1" : vector.query.replaceFirst("=[^&]*", "=x");
		assertThat(verify(vector.with(vector.method, vector.path, otherQuery, vector.body))).isFalse();
		assertThat(verify(vector.with(vector.method, vector.path, vector.query, vector.body + " "))).isFalse();
		assertThat(verify(
				vector.with(vector.method.equals("GET") ? "DELETE" : "PUT", vector.path, vector.query, vector.body)))
			.isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void refusesTheRequestWithAnotherSecretKey(Vector vector) {
		SdkAuthorization authorization = authorization(vector);
		assertThat(SdkSignatures.verify(authorization, vector.request(), vector.sk + "x")).isFalse();
		assertThat(SdkSignatures.verify(authorization, vector.request(), vector.sk.toUpperCase())).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void ignoresHeadersThatAreNotSigned(Vector vector) {
		Vector changed = vector.withHeader("Content-Type", "text/plain").withHeader("Accept-Encoding", "br");
		assertThat(authorization(vector).signedHeaders()).doesNotContain("content-type", "accept-encoding");
		assertThat(verify(changed)).isTrue();
	}

	@Test
	void derivedSignatureIsBoundToTheAccessKeyAndScope() throws IOException {
		Vector vector = vectors().filter((v) -> v.headers.get("Authorization").startsWith("V11"))
			.findFirst()
			.orElseThrow();
		String header = vector.headers.get("Authorization");
		assertThat(verify(vector.withHeader("Authorization", header.replace("/cn-north-4/", "/cn-north-1/"))))
			.isFalse();
		assertThat(verify(vector.withHeader("Authorization", header.replace("/20261129/", "/20261130/")))).isFalse();
		assertThat(verify(vector.withHeader("Authorization", header.replace("/iotdm,", "/iam,")))).isFalse();
	}

	@Test
	void acceptsTheDeclaredUnsignedPayloadButNotAFalseContentHash() {
		Map<String, String> headers = pythonHeaders();
		headers.put("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD");
		SignedRequest request = new SignedRequest("POST", "/v5/iot/p1/batchtasks/0123456789abcdef01234567/stop", "",
				headers, "{}".getBytes(StandardCharsets.UTF_8));
		SdkAuthorization authorization = new SdkAuthorization(SdkAuthorization.SDK_HMAC_SHA256, "PYAK", null,
				List.of("host", "x-sdk-content-sha256", "x-sdk-date"), "0".repeat(64));
		String signature = SdkSignatures.sign(authorization, request, "py-sk");
		SdkAuthorization signed = new SdkAuthorization(authorization.algorithm(), "PYAK", null,
				authorization.signedHeaders(), signature);
		assertThat(SdkSignatures.verify(signed, request, "py-sk")).isTrue();

		headers.put("X-Sdk-Content-Sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		SignedRequest lying = new SignedRequest("POST", request.rawPath(), "", headers, "{}".getBytes());
		SdkAuthorization lyingSigned = new SdkAuthorization(authorization.algorithm(), "PYAK", null,
				authorization.signedHeaders(), SdkSignatures.sign(authorization, lying, "py-sk"));
		assertThat(SdkSignatures.verify(lyingSigned, lying, "py-sk")).isFalse();
	}

	@Test
	void acceptsThePythonSdkChoiceOfSigningContentType() {
		SignedRequest request = new SignedRequest("POST", "/v5/iot/p1/batchtasks/0123456789abcdef01234567/stop", "",
				pythonHeaders(), "{\"targets\":[\"d1\"]}".getBytes(StandardCharsets.UTF_8));
		assertThat(SdkSignatures.verify(pythonBasic("a1895c4b4772ec9851cb5f1e51ad8bc1fceeb56e6741481f8009ed6aaa680661"),
				request, "py-sk"))
			.isTrue();
		Map<String, String> otherType = pythonHeaders();
		otherType.put("Content-Type", "application/json;charset=UTF-8");
		assertThat(SdkSignatures.verify(pythonBasic("a1895c4b4772ec9851cb5f1e51ad8bc1fceeb56e6741481f8009ed6aaa680661"),
				new SignedRequest(request.method(), request.rawPath(), "", otherType, request.body()), "py-sk"))
			.isFalse();
	}

	@Test
	void acceptsAPythonSdkDerivedSignatureOverAnEncodedQuery() {
		SignedRequest request = new SignedRequest("GET", "/v5/iot/p1/batchtasks",
				"task_type=firmwareUpgrade&limit=10&app_id=a%20b", pythonHeaders(), new byte[0]);
		SdkAuthorization authorization = new SdkAuthorization(SdkAuthorization.V11_HMAC_SHA256, "PYAK",
				"20261129/cn-north-4/iotdm", pythonSignedHeaders(),
				"7916bf81d90580e13044403e1b80376fda3d004abb050ca0d4ef7850602a75c7");
		assertThat(SdkSignatures.verify(authorization, request, "py-sk")).isTrue();
	}

	@Test
	void acceptsBothTheJavaAndThePythonWayOfEncodingAnEncodedPath() {
		SignedRequest request = new SignedRequest("GET", "/v5/iot/p%2B1/batchtasks", "", pythonHeaders(), new byte[0]);
		assertThat(SdkSignatures.verify(pythonBasic("4234311ae6ce61032665b8c1ddbfd144ba41f397dedc89b5f6366fd512582535"),
				request, "py-sk"))
			.isTrue();
		assertThat(SdkSignatures.verify(pythonBasic("10a3a957bbe92ff4e3a2123084f73d0ee5b4a69c1f40a7c46bd69dc19ac732d5"),
				request, "py-sk"))
			.isTrue();
	}

	@Test
	void acceptsRepeatedQueryKeysWithSortedValues() {
		SignedRequest request = new SignedRequest("GET", "/v5/iot/p1/batchtasks", "k=b&k=a", pythonHeaders(),
				new byte[0]);
		assertThat(SdkSignatures.verify(pythonBasic("a9cf76c49db44861dc0327320f1ae1be72b03063ff00fb36988ed03b76623304"),
				request, "py-sk"))
			.isTrue();
	}

	@Test
	void parsesBothAuthorizationForms() {
		assertThat(SdkAuthorization
			.parse("SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date, Signature=" + "ab".repeat(32)))
			.hasValueSatisfying((parsed) -> {
				assertThat(parsed.accessKey()).isEqualTo("AK1");
				assertThat(parsed.derived()).isFalse();
				assertThat(parsed.signedHeaders()).containsExactly("host", "x-sdk-date");
			});
		assertThat(SdkAuthorization.parse("V11-HMAC-SHA256 Credential=AK1/20261129/cn-north-4/iotdm, "
				+ "SignedHeaders=host;x-sdk-date, Signature=" + "ab".repeat(32)))
			.hasValueSatisfying((parsed) -> {
				assertThat(parsed.scope()).isEqualTo("20261129/cn-north-4/iotdm");
				assertThat(parsed.scopeDate()).isEqualTo("20261129");
				assertThat(parsed.scopeService()).isEqualTo("iotdm");
			});
		assertThat(SdkAuthorization.parse("Bearer abc")).isEmpty();
		assertThat(SdkAuthorization.parse("SDK-HMAC-SHA256 Access=AK1, Signature=" + "ab".repeat(32))).isEmpty();
		assertThat(SdkAuthorization.parse("SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host, Signature=xyz")).isEmpty();
	}

	@Test
	void encodesAsBothSdksDo() {
		assertThat(SdkSignatures.encode("a b*~+/é")).isEqualTo("a%20b%2A~%2B%2F%C3%A9");
		assertThat(SdkSignatures.decode("a%20b+%zz%C3%A9%")).isEqualTo("a b+%zzé%");
	}

	private static SdkAuthorization pythonBasic(String signature) {
		return new SdkAuthorization(SdkAuthorization.SDK_HMAC_SHA256, "PYAK", null, pythonSignedHeaders(), signature);
	}

	private static List<String> pythonSignedHeaders() {
		return List.of("content-type", "host", "user-agent", "x-project-id", "x-sdk-date");
	}

	private static Map<String, String> pythonHeaders() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		headers.put("Host", "localhost:38080");
		headers.put("User-Agent", "huaweicloud-usdk-python/3.0");
		headers.put("X-Project-Id", "p1");
		headers.put("X-Sdk-Date", "20261129T030000Z");
		return headers;
	}

	private static SdkAuthorization authorization(Vector vector) {
		return SdkAuthorization.parse(vector.headers.get("Authorization")).orElseThrow();
	}

	private static boolean verify(Vector vector) {
		return SdkAuthorization.parse(vector.headers.get("Authorization"))
			.map((authorization) -> authorization.accessKey().equals(vector.ak)
					&& SdkSignatures.verify(authorization, vector.request(), vector.sk))
			.orElse(false);
	}

	record Vector(String what, String method, String path, String query, Map<String, String> headers, String body,
			String ak, String sk) {

		SignedRequest request() {
			return new SignedRequest(this.method, this.path, this.query, this.headers,
					this.body.getBytes(StandardCharsets.UTF_8));
		}

		Vector with(String method, String path, String query, String body) {
			return new Vector(this.what, method, path, query, this.headers, body, this.ak, this.sk);
		}

		Vector withHeader(String name, String value) {
			Map<String, String> changed = new LinkedHashMap<>(this.headers);
			changed.put(name, value);
			return new Vector(this.what, this.method, this.path, this.query, changed, this.body, this.ak, this.sk);
		}

		@Override
		public String toString() {
			return this.what;
		}

	}

}
