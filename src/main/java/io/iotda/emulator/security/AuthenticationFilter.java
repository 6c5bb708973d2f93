package io.iotda.emulator.security;

import io.iotda.emulator.web.IotdaTime;
import io.iotda.emulator.web.RequestLimitsProperties;
import io.iotda.emulator.web.RoutedPath;
import io.iotda.emulator.web.error.ErrorResponses;
import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.filter.FilterOrder;
import io.iotda.emulator.web.filter.MultipartOperation;
import io.iotda.emulator.web.filter.RequestBodyLimitFilter;
import io.iotda.emulator.web.filter.RequestBodyLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /v5/iot/**} as {@code iotda.auth.mode} says (spec sections 5 and 6):
 * <ul>
 * <li>{@code none}: nothing is checked;</li>
 * <li>{@code accept-any}: {@code X-Auth-Token} or an SDK {@code Authorization} header
 * must be there, else 401 {@code APIG.0301};</li>
 * <li>{@code verify}: a token must be one the fake IAM issued, unexpired (else 403
 * {@code IOTDA.000004} / 401 {@code APIG.0301}); an AK/SK signature must be right over
 * the body bytes (unless {@code X-Sdk-Content-Sha256} is {@code UNSIGNED-PAYLOAD}, as the
 * SDKs send a multipart upload: then the body is left unread), with {@code X-Sdk-Date}
 * within {@code max-clock-skew} of the emulator's clock (else 401 {@code APIG.0301}); and
 * the project the credentials are bound to must be the path's {@code {project_id}} (else
 * 403 {@code IOTDA.000004}).</li>
 * </ul>
 * Which requests are the API, and which project they address, is read from the path as
 * Spring MVC routes it ({@link ApiPaths}), whatever the spelling. Runs after the request
 * id and body limit filters, so every refusal carries the request id and a body is never
 * read past the limit.
 */
@Component
@Order(FilterOrder.AUTHENTICATION)
class AuthenticationFilter extends OncePerRequestFilter {

	static final String AUTH_TOKEN = "X-Auth-Token";

	static final String AUTHORIZATION = "Authorization";

	static final String PROJECT_ID = "X-Project-Id";

	static final String DERIVED_SERVICE = "iotdm";

	static final String SIGNATURE_FAIL = "verify aksk signature fail";

	private static final Logger logger = LoggerFactory.getLogger(AuthenticationFilter.class);

	private final AuthProperties properties;

	private final IssuedTokens tokens;

	private final Clock clock;

	private final RequestBodyLimits bodyLimits;

	AuthenticationFilter(AuthProperties properties, IssuedTokens tokens, Clock clock, RequestLimitsProperties limits,
			ObjectProvider<MultipartOperation> multipartOperations) {
		this.properties = properties;
		this.tokens = tokens;
		this.clock = clock;
		this.bodyLimits = RequestBodyLimits.of(limits, multipartOperations);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.properties.mode() == AuthMode.NONE || !ApiPaths.isIotdaApi(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = nonBlank(request.getHeader(AUTH_TOKEN));
		String authorization = nonBlank(request.getHeader(AUTHORIZATION));
		if (this.properties.mode() == AuthMode.ACCEPT_ANY) {
			if (token != null || SdkAuthorization.looksLikeSdkSignature(authorization)) {
				chain.doFilter(request, response);
			}
			else {
				refuse(request, response, IotdaError.IAM_AUTHENTICATION_FAILED, "x-auth-token not found");
			}
			return;
		}
		if (token != null) {
			Optional<Refusal> refusal = checkToken(request, token);
			if (refusal.isPresent()) {
				refuse(request, response, refusal.get());
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (authorization != null) {
			verifySignature(request, response, chain, authorization);
			return;
		}
		refuse(request, response, IotdaError.IAM_AUTHENTICATION_FAILED, "x-auth-token not found");
	}

	private Optional<Refusal> checkToken(HttpServletRequest request, String value) {
		Optional<IssuedTokens.Token> found = this.tokens.find(value);
		if (found.isEmpty()) {
			return Optional.of(new Refusal(IotdaError.INVALID_ACCESS_TOKEN, null));
		}
		IssuedTokens.Token token = found.get();
		if (this.tokens.isExpired(token)) {
			return Optional.of(new Refusal(IotdaError.IAM_AUTHENTICATION_FAILED,
					"token expires, expires_at: " + token.expiresAt()));
		}
		if (!ApiPaths.projectOf(request).map(token.projectId()::equals).orElse(true)) {
			logger.debug("Token of project {} used on {}", token.projectId(), RoutedPath.of(request));
			return Optional.of(new Refusal(IotdaError.INVALID_ACCESS_TOKEN, null));
		}
		return Optional.empty();
	}

	private void verifySignature(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			String header) throws IOException, ServletException {
		Optional<SdkAuthorization> parsed = SdkAuthorization.parse(header);
		if (parsed.isEmpty()) {
			refuse(request, response, IotdaError.IAM_AUTHENTICATION_FAILED,
					SIGNATURE_FAIL + ", the Authorization header is not an SDK-HMAC-SHA256 or V11-HMAC-SHA256 one");
			return;
		}
		SdkAuthorization authorization = parsed.get();
		Optional<AuthProperties.AccessKey> key = this.properties.accessKey(authorization.accessKey());
		if (key.isEmpty()) {
			refuse(request, response, IotdaError.IAM_AUTHENTICATION_FAILED,
					"Get secretKey failed,ak:" + authorization.accessKey() + ",err:ak not exist");
			return;
		}
		Optional<String> dateProblem = checkDate(request.getHeader("X-Sdk-Date"), authorization);
		if (dateProblem.isPresent()) {
			refuse(request, response, IotdaError.IAM_AUTHENTICATION_FAILED, SIGNATURE_FAIL + ", " + dateProblem.get());
			return;
		}
		HttpServletRequest verified;
		byte[] body;
		if (SdkSignatures.UNSIGNED_PAYLOAD.equals(request.getHeader(SdkSignatures.CONTENT_SHA256_HEADER))) {
			// The signature does not cover the body (what the SDKs send for a multipart
			// upload): it is left unread, for the operation to stream.
			verified = request;
			body = new byte[0];
		}
		else {
			CachedBodyRequest cached;
			try {
				cached = CachedBodyRequest.read(request, this.bodyLimits.maxBodyBytes(request));
			}
			catch (CachedBodyRequest.BodyTooLargeException | RequestBodyLimitFilter.BodyTooLargeException ex) {
				refuse(request, response, this.bodyLimits.tooLarge(request), null);
				return;
			}
			verified = cached;
			body = cached.body();
		}
		if (!SdkSignatures.verify(authorization, signedRequest(request, body), key.get().sk())) {
			refuse(request, response, IotdaError.IAM_AUTHENTICATION_FAILED, SIGNATURE_FAIL);
			return;
		}
		Optional<String> project = ApiPaths.projectOf(request);
		String declaredProject = nonBlank(request.getHeader(PROJECT_ID));
		boolean projectAllowed = project.map(key.get().projects()::contains).orElse(true)
				&& (declaredProject == null || project.map(declaredProject::equals).orElse(true));
		if (!projectAllowed) {
			logger.debug("AK {} used on {}", authorization.accessKey(), RoutedPath.of(request));
			refuse(request, response, IotdaError.INVALID_ACCESS_TOKEN, null);
			return;
		}
		chain.doFilter(verified, response);
	}

	/** What is wrong with {@code X-Sdk-Date}, if anything. */
	private Optional<String> checkDate(String value, SdkAuthorization authorization) {
		Instant date;
		try {
			date = IotdaTime.parse((value != null) ? value.strip() : "");
		}
		catch (DateTimeParseException ex) {
			return Optional.of("X-Sdk-Date is missing or not in the form yyyyMMdd'T'HHmmss'Z'");
		}
		Duration skew = Duration.between(date, this.clock.instant()).abs();
		if (skew.compareTo(this.properties.maxClockSkew()) > 0) {
			return Optional.of("X-Sdk-Date " + value.strip() + " is more than "
					+ this.properties.maxClockSkew().toMinutes() + " minutes from the server time");
		}
		if (authorization.derived() && (!authorization.scopeDate().equals(value.strip().substring(0, 8))
				|| !DERIVED_SERVICE.equals(authorization.scopeService()))) {
			return Optional.of("the Credential scope must be <X-Sdk-Date day>/<region>/" + DERIVED_SERVICE);
		}
		return Optional.empty();
	}

	/**
	 * The request as the client signed it: the raw request URI, not the routed path (the
	 * SDKs sign the path as they send it). Which project it is for is decided on the
	 * routed path all the same.
	 */
	private static SignedRequest signedRequest(HttpServletRequest request, byte[] body) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			headers.putIfAbsent(name, request.getHeader(name));
		}
		return new SignedRequest(request.getMethod(), request.getRequestURI(), request.getQueryString(), headers, body);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
			throws IOException {
		refuse(request, response, refusal.error(), refusal.detail());
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, IotdaError error,
			String detail) throws IOException {
		ErrorResponses.write(request, response, error, detail);
	}

	private static String nonBlank(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private record Refusal(IotdaError error, String detail) {
	}

}
