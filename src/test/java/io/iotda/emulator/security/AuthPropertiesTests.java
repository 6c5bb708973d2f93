package io.iotda.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotda.emulator.support.EnvironmentBinder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** {@code iotda.auth} as the README documents it, set through environment variables. */
class AuthPropertiesTests {

	@Test
	void defaultsToModeNoneWithNoCredentials() {
		AuthProperties properties = bind(Map.of());
		assertThat(properties.mode()).isEqualTo(AuthMode.NONE);
		assertThat(properties.tokenTtl()).isEqualTo(Duration.ofHours(24));
		assertThat(properties.maxClockSkew()).isEqualTo(Duration.ofMinutes(15));
		assertThat(properties.users()).isEmpty();
		assertThat(properties.accessKeys()).isEmpty();
	}

	@Test
	void bindsEverySettingFromEnvironmentVariables() {
		AuthProperties properties = bind(
				Map.of("IOTDA_AUTH_MODE", "accept-any", "IOTDA_AUTH_TOKENTTL", "2h", "IOTDA_AUTH_USERS_0_NAME", "alice",
						"IOTDA_AUTH_USERS_0_PASSWORD", "secret", "IOTDA_AUTH_USERS_0_DOMAIN", "acme",
						"IOTDA_AUTH_USERS_0_PROJECTS_0_ID", "0123456789abcdef0123456789abcdef",
						"IOTDA_AUTH_USERS_0_PROJECTS_0_NAME", "cn-north-4", "IOTDA_AUTH_ACCESSKEYS_0_AK", "MYAK",
						"IOTDA_AUTH_ACCESSKEYS_0_SK", "MYSK", "IOTDA_AUTH_ACCESSKEYS_0_PROJECTS", "p1,p2"));
		assertThat(properties.mode()).isEqualTo(AuthMode.ACCEPT_ANY);
		assertThat(properties.tokenTtl()).isEqualTo(Duration.ofHours(2));
		assertThat(properties.user("acme", "alice")).hasValueSatisfying((user) -> {
			assertThat(user.password()).isEqualTo("secret");
			assertThat(user.project(null, "cn-north-4")).map(AuthProperties.Project::id)
				.hasValue("0123456789abcdef0123456789abcdef");
		});
		assertThat(properties.accessKey("MYAK")).hasValueSatisfying((key) -> {
			assertThat(key.sk()).isEqualTo("MYSK");
			assertThat(key.projects()).containsExactly("p1", "p2");
		});
		assertThat(properties.accessKey("MYAK").orElseThrow().toString()).doesNotContain("MYSK");
	}

	@Test
	void aProjectNameDefaultsToItsId() {
		assertThat(new AuthProperties.Project("p1", null).name()).isEqualTo("p1");
	}

	@Test
	void refusesIncompleteOrDuplicateCredentials() {
		assertThatThrownBy(() -> bind(Map.of("IOTDA_AUTH_ACCESSKEYS_0_AK", "MYAK"))).isInstanceOf(BindException.class);
		assertThatThrownBy(() -> bind(Map.of("IOTDA_AUTH_USERS_0_NAME", "alice", "IOTDA_AUTH_USERS_0_PASSWORD", "p",
				"IOTDA_AUTH_USERS_0_DOMAIN", "acme")))
			.isInstanceOf(BindException.class);
		assertThatThrownBy(() -> bind(Map.of("IOTDA_AUTH_ACCESSKEYS_0_AK", "AK", "IOTDA_AUTH_ACCESSKEYS_0_SK", "a",
				"IOTDA_AUTH_ACCESSKEYS_0_PROJECTS", "p1", "IOTDA_AUTH_ACCESSKEYS_1_AK", "AK",
				"IOTDA_AUTH_ACCESSKEYS_1_SK", "b", "IOTDA_AUTH_ACCESSKEYS_1_PROJECTS", "p2")))
			.isInstanceOf(BindException.class);
		assertThatThrownBy(() -> bind(Map.of("IOTDA_AUTH_TOKENTTL", "0s"))).isInstanceOf(BindException.class);
		assertThatThrownBy(() -> bind(Map.of("IOTDA_AUTH_MODE", "strict"))).isInstanceOf(BindException.class);
	}

	private static AuthProperties bind(Map<String, Object> environment) {
		return EnvironmentBinder.bind("iotda.auth", AuthProperties.class, environment);
	}

}
