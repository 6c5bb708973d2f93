package io.iotda.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.support.PathSpellings;
import io.iotda.emulator.support.RawHttp;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's rate limit holds for every spelling of its paths: once its bucket is empty,
 * no other spelling gets an answer from the API.
 */
@Lockdown
class RateLimitSpellingIntegrationTests extends AbstractApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void noSpellingOfAProjectsPathEscapesItsRateLimit() throws IOException {
		String list = "/v5/iot/limited/batchtasks";
		assertThat(get(list).status()).isEqualTo(200);
		assertThat(get(list).status()).isEqualTo(403);
		List<String> escaped = new ArrayList<>();
		for (PathSpellings.Spelling spelling : PathSpellings.of(list)) {
			if (spelling.how().startsWith("segment 2 in upper case")
					|| spelling.how().startsWith("segment 2 capitalised")) {
				// project ids are case-sensitive: that is another project, with a bucket
				// of its own
				continue;
			}
			RawHttp.Response response = get(spelling.path());
			String code = JSON.readTree(response.bodyBytes()).path("error_code").asString("(none)");
			if (!Set.of("IOTDA.021101", "IOTDA.000008", "APIGW.0101").contains(code)) {
				escaped.add(spelling + " -> " + response.status() + " " + response.body());
			}
		}
		assertThat(escaped).as("spellings answered past the project's rate limit").isEmpty();
	}

	private RawHttp.Response get(String path) throws IOException {
		return RawHttp.send(this.port, "GET", path + "?task_type=firmwareUpgrade", List.of(), null,
				Duration.ofSeconds(10));
	}

}
