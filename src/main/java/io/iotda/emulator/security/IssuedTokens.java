package io.iotda.emulator.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The tokens the fake IAM endpoint has handed out, in memory: each bound to one user and
 * one project, with an expiry read from the emulator's clock. Expired tokens are
 * forgotten lazily.
 */
@Component
class IssuedTokens {

	/**
	 * How many tokens are kept at most; the oldest expired ones are dropped first when
	 * full.
	 */
	static final int MAX_TOKENS = 100_000;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Token> tokens = new ConcurrentHashMap<>();

	private final Clock clock;

	private final AuthProperties properties;

	IssuedTokens(Clock clock, AuthProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	Token issue(AuthProperties.User user, AuthProperties.Project project) {
		if (this.tokens.size() >= MAX_TOKENS) {
			forgetExpired();
		}
		byte[] bytes = new byte[96];
		this.random.nextBytes(bytes);
		// Real IAM tokens are long base64 texts starting with "MII"; the shape is kept,
		// the content is random.
		String value = "MII" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Token token = new Token(value, user.name(), user.domain(), project.id(), project.name(), now,
				now.plus(this.properties.tokenTtl()));
		this.tokens.put(value, token);
		return token;
	}

	Optional<Token> find(String value) {
		return Optional.ofNullable(this.tokens.get(value));
	}

	boolean isExpired(Token token) {
		return !this.clock.instant().isBefore(token.expiresAt());
	}

	private void forgetExpired() {
		Instant now = this.clock.instant();
		this.tokens.values().removeIf((token) -> !now.isBefore(token.expiresAt()));
		if (this.tokens.size() >= MAX_TOKENS) {
			this.tokens.clear();
		}
	}

	record Token(String value, String userName, String domainName, String projectId, String projectName,
			Instant issuedAt, Instant expiresAt) {

		@Override
		public String toString() {
			return "Token[user=" + this.userName + ", project=" + this.projectId + ", expiresAt=" + this.expiresAt
					+ "]";
		}

	}

}
