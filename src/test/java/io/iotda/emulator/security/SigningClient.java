package io.iotda.emulator.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends AK/SK-signed requests the way the SDKs do, with full control of headers and of
 * how the body goes (chunked, as the Java SDK sends it, or with a Content-Length). The
 * maths is {@link SdkSignatures}, itself checked against the captured SDK requests; this
 * checks the plumbing.
 */
final class SigningClient {

	static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final int port;

	SigningClient(int port) {
		this.port = port;
	}

	Call call(String method, String path) {
		return new Call(method, path);
	}

	record Reply(int status, String body, HttpHeaders headers) {
	}

	final class Call {

		private final String method;

		private final String path;

		private String query = "";

		private byte[] body = new byte[0];

		private boolean chunked;

		private String ak = VerifyMode.P1_AK;

		private String sk = VerifyMode.P1_SK;

		private String scope;

		private Instant date = Instant.now();

		private boolean signContentType;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private byte[] sentBody;

		Call(String method, String path) {
			this.method = method;
			this.path = path;
			this.headers.put("Content-Type", "application/json");
			this.headers.put("User-Agent", "huaweicloud-usdk-java/3.0");
			String[] segments = path.split("/");
			this.headers.put("X-Project-Id", (segments.length > 3) ? segments[3] : "");
		}

		Call query(String query) {
			this.query = query;
			return this;
		}

		Call body(String body) {
			this.body = body.getBytes(StandardCharsets.UTF_8);
			return this;
		}

		Call body(byte[] body) {
			this.body = body.clone();
			return this;
		}

		/** Send the body chunked (no Content-Length), as the Java SDK does. */
		Call chunked() {
			this.chunked = true;
			return this;
		}

		Call key(String ak, String sk) {
			this.ak = ak;
			this.sk = sk;
			return this;
		}

		/**
		 * Sign in the derived form,
		 * {@code V11-HMAC-SHA256 Credential=AK/day/region/service}.
		 */
		Call derived(String region, String service) {
			this.scope = region + "/" + service;
			return this;
		}

		Call at(Instant date) {
			this.date = date;
			return this;
		}

		/** Sign {@code content-type} too, as the Python SDK does. */
		Call signContentType() {
			this.signContentType = true;
			return this;
		}

		Call header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		/** Send another body than the one signed. */
		Call sendInstead(String body) {
			this.sentBody = body.getBytes(StandardCharsets.UTF_8);
			return this;
		}

		/** Send another body than the one signed. */
		Call sendInstead(byte[] body) {
			this.sentBody = body.clone();
			return this;
		}

		Reply send() throws IOException, InterruptedException {
			String sdkDate = SDK_DATE.format(this.date);
			Map<String, String> signed = new TreeMap<>();
			signed.put("Host", "127.0.0.1:" + SigningClient.this.port);
			signed.put("X-Sdk-Date", sdkDate);
			this.headers.forEach((name, value) -> {
				if (!name.equals("Content-Type") || this.signContentType) {
					signed.put(name, value);
				}
			});
			List<String> names = new ArrayList<>();
			signed.keySet().forEach((name) -> names.add(name.toLowerCase()));
			names.sort(null);
			String fullScope = (this.scope != null) ? sdkDate.substring(0, 8) + "/" + this.scope : null;
			SdkAuthorization unsigned = new SdkAuthorization(
					(fullScope != null) ? SdkAuthorization.V11_HMAC_SHA256 : SdkAuthorization.SDK_HMAC_SHA256, this.ak,
					fullScope, names, "");
			String signature = SdkSignatures.sign(unsigned,
					new SignedRequest(this.method, this.path, this.query, signed, this.body), this.sk);
			String authorization = (fullScope != null)
					? "V11-HMAC-SHA256 Credential=" + this.ak + "/" + fullScope + ", SignedHeaders="
							+ String.join(";", names) + ", Signature=" + signature
					: "SDK-HMAC-SHA256 Access=" + this.ak + ", SignedHeaders=" + String.join(";", names)
							+ ", Signature=" + signature;
			byte[] payload = (this.sentBody != null) ? this.sentBody : this.body;
			HttpRequest.BodyPublisher publisher = this.chunked
					? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(payload))
					: HttpRequest.BodyPublishers.ofByteArray(payload);
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + SigningClient.this.port + this.path
						+ (this.query.isEmpty() ? "" : "?" + this.query)))
				.method(this.method, publisher)
				.header("X-Sdk-Date", sdkDate)
				.header("Authorization", authorization);
			this.headers.forEach(request::header);
			HttpResponse<String> response = SigningClient.this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body(), response.headers());
		}

	}

}
