package io.iotda.emulator.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Credentials and how strictly they are checked.
 *
 * @param mode {@code none} (default), {@code accept-any} or {@code verify}
 * @param tokenTtl how long a token from {@code POST /v3/auth/tokens} is valid (IAM: 24
 * hours)
 * @param maxClockSkew how far {@code X-Sdk-Date} may be from the emulator's clock (the
 * gateway: 15 minutes)
 * @param users IAM users that may get a token, each bound to one or more projects
 * @param accessKeys AK/SK pairs, each bound to one or more project ids
 */
@Validated
@ConfigurationProperties("iotda.auth")
public record AuthProperties(@NotNull @DefaultValue("none") AuthMode mode,
		@NotNull @DefaultValue("24h") Duration tokenTtl, @NotNull @DefaultValue("15m") Duration maxClockSkew,
		@Valid @DefaultValue List<User> users, @Valid @DefaultValue List<AccessKey> accessKeys) {

	/**
	 * An IAM user of a domain (account), with the projects a token of theirs may be
	 * scoped to.
	 */
	public record User(@NotBlank String name, @NotBlank String password, @NotBlank String domain,
			@NotEmpty @Valid List<Project> projects) {

		Optional<Project> project(String id, String name) {
			return this.projects.stream()
				.filter((project) -> (id != null) ? id.equals(project.id()) : project.name().equals(name))
				.findFirst();
		}

		@Override
		public String toString() {
			return "User[name=" + this.name + ", domain=" + this.domain + ", projects=" + this.projects + "]";
		}

	}

	/**
	 * A project: the id is what goes into {@code /v5/iot/{project_id}}; the name (a
	 * region name such as {@code cn-north-4} on the real cloud) is what IAM requests may
	 * scope by. Defaults to the id.
	 */
	public record Project(@NotBlank String id, String name) {

		public Project {
			name = (name == null || name.isBlank()) ? id : name;
		}

	}

	/**
	 * An access key and its secret, bound to the project ids it may sign requests for.
	 */
	public record AccessKey(@NotBlank String ak, @NotBlank String sk, @NotEmpty List<@NotBlank String> projects) {

		@Override
		public String toString() {
			return "AccessKey[ak=" + this.ak + ", projects=" + this.projects + "]";
		}

	}

	@AssertTrue(message = "token-ttl and max-clock-skew must be positive")
	boolean isDurationsPositive() {
		return this.tokenTtl != null && this.maxClockSkew != null && !this.tokenTtl.isNegative()
				&& !this.tokenTtl.isZero() && !this.maxClockSkew.isNegative() && !this.maxClockSkew.isZero();
	}

	@AssertTrue(message = "each access key (ak) may be configured only once")
	boolean isAccessKeysUnique() {
		Set<String> seen = new HashSet<>();
		return this.accessKeys == null
				|| this.accessKeys.stream().allMatch((key) -> key.ak() == null || seen.add(key.ak()));
	}

	Optional<AccessKey> accessKey(String ak) {
		return this.accessKeys.stream().filter((key) -> key.ak().equals(ak)).findFirst();
	}

	Optional<User> user(String domain, String name) {
		return this.users.stream()
			.filter((user) -> user.name().equals(name) && (domain == null || user.domain().equals(domain)))
			.findFirst();
	}

}
