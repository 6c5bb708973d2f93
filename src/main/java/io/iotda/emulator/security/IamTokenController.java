package io.iotda.emulator.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A fake IAM: {@code POST /v3/auth/tokens} with the real password request answers 201 and
 * the token in {@code X-Subject-Token}, bound to the configured user and the project of
 * the request's scope. Errors use IAM's (Keystone) shape
 * {@code {"error":{"code","message","title"}}} (emulator).
 */
@RestController
@Tag(name = "IAM (emulated)", description = "Hands out X-Auth-Token values for iotda.auth.users")
class IamTokenController {

	static final String SUBJECT_TOKEN = "X-Subject-Token";

	private static final DateTimeFormatter IAM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final AuthProperties properties;

	private final IssuedTokens tokens;

	IamTokenController(AuthProperties properties, IssuedTokens tokens) {
		this.properties = properties;
		this.tokens = tokens;
	}

	@PostMapping(path = "/v3/auth/tokens", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "KeystoneCreateUserTokenByPassword",
			summary = "Get a user token (password, project scope)",
			description = "The IAM password request of the real service. The token comes back in the X-Subject-Token "
					+ "header; send it as X-Auth-Token. Only users configured in iotda.auth.users get one.")
	@ApiResponse(responseCode = "201", description = "Created: the token is in the X-Subject-Token header",
			headers = @Header(name = "X-Subject-Token", description = "The token", schema = @Schema(type = "string")),
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
	@ApiResponse(responseCode = "400", description = "Bad Request: not a password request with a project scope",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
	@ApiResponse(responseCode = "401", description = "Unauthorized: unknown user or wrong password",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
	ResponseEntity<Object> createToken(@RequestBody TokenRequest request) {
		Optional<PasswordUser> credentials = Optional.ofNullable(request.auth())
			.map(Auth::identity)
			.filter((identity) -> identity.methods() != null && identity.methods().contains("password"))
			.map(Identity::password)
			.map(Password::user)
			.filter((user) -> user.name() != null && user.password() != null);
		if (credentials.isEmpty()) {
			return error(HttpStatus.BAD_REQUEST, "The request body must give auth.identity with the password method "
					+ "and password.user.name, password and domain.name.");
		}
		Optional<ScopeProject> scope = Optional.ofNullable(request.auth().scope())
			.map(Scope::project)
			.filter((project) -> project.id() != null || project.name() != null);
		if (scope.isEmpty()) {
			return error(HttpStatus.BAD_REQUEST,
					"The emulator issues project-scoped tokens only: give auth.scope.project.name or id.");
		}
		PasswordUser given = credentials.get();
		String domain = (given.domain() != null) ? given.domain().name() : null;
		Optional<AuthProperties.User> user = this.properties.user(domain, given.name())
			.filter((candidate) -> sameSecret(candidate.password(), given.password()));
		if (user.isEmpty()) {
			return error(HttpStatus.UNAUTHORIZED, "The username or password is wrong.");
		}
		Optional<AuthProperties.Project> project = user.get().project(scope.get().id(), scope.get().name());
		if (project.isEmpty()) {
			return error(HttpStatus.UNAUTHORIZED, "The user has no access to the project of the scope.");
		}
		IssuedTokens.Token token = this.tokens.issue(user.get(), project.get());
		return ResponseEntity.status(HttpStatus.CREATED)
			.header(SUBJECT_TOKEN, token.value())
			.contentType(MediaType.APPLICATION_JSON)
			.body(new TokenResponse(TokenBody.of(token)));
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class })
	ResponseEntity<Object> unreadable(Exception ex) {
		return error(HttpStatus.BAD_REQUEST, "The request body is not a valid IAM token request.");
	}

	private static ResponseEntity<Object> error(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new IamError(new IamError.Detail(status.value(), message, status.getReasonPhrase())));
	}

	private static boolean sameSecret(String expected, String given) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}

	/** A stable 32-hex id for a name, as IAM ids look. */
	static String idOf(String kind, String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((kind + ":" + name).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record TokenRequest(Auth auth) {
	}

	record Auth(Identity identity, Scope scope) {
	}

	record Identity(List<String> methods, Password password) {
	}

	record Password(PasswordUser user) {
	}

	record PasswordUser(String name, String password, Domain domain) {
	}

	record Domain(String name, String id) {
	}

	record Scope(ScopeProject project) {
	}

	record ScopeProject(String name, String id) {
	}

	record TokenResponse(TokenBody token) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TokenBody(@JsonProperty("expires_at") String expiresAt, @JsonProperty("issued_at") String issuedAt,
			List<String> methods, NamedRef project, NamedRef user, List<Object> catalog) {

		static TokenBody of(IssuedTokens.Token token) {
			NamedRef domain = new NamedRef(idOf("domain", token.domainName()), token.domainName(), null);
			return new TokenBody(time(token.expiresAt()), time(token.issuedAt()), List.of("password"),
					new NamedRef(token.projectId(), token.projectName(), domain),
					new NamedRef(idOf("user", token.domainName() + "/" + token.userName()), token.userName(), domain),
					List.of());
		}

		private static String time(Instant instant) {
			return IAM_TIME.format(instant);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record NamedRef(String id, String name, NamedRef domain) {
	}

	record IamError(Detail error) {

		record Detail(int code, String message, String title) {
		}

	}

}
