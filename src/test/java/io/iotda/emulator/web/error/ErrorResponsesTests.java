package io.iotda.emulator.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.Gen;
import io.iotda.emulator.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The envelope a servlet filter writes stays valid JSON whatever the detail holds:
 * quotes, backslashes, control characters, Chinese, emoji and lone surrogates.
 */
class ErrorResponsesTests {

	private static final long SEED = 20261129L;

	private static final JsonMapper json = JsonMapper.builder().build();

	@ParameterizedTest(name = "seed " + SEED + ", case {index}")
	@MethodSource("details")
	void writesParseableEnvelopeForAnyDetail(String detail) throws Exception {
		HttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(RequestIds.ATTRIBUTE, "req-1");
		MockHttpServletResponse response = new MockHttpServletResponse();

		ErrorResponses.write(request, response, IotdaError.INVALID_INPUT, detail);

		assertThat(response.getStatus()).isEqualTo(400);
		JsonNode body = json.readTree(response.getContentAsByteArray());
		assertThat(body.propertyNames()).containsExactly("error_code", "error_msg");
		assertThat(body.get("error_code").asString()).isEqualTo("IOTDA.000006");
		assertThat(body.get("error_msg").asString()).startsWith("Invalid input data.");
	}

	@ParameterizedTest(name = "seed " + SEED + ", case {index}")
	@MethodSource("errorsWithDetails")
	void addsRequestIdToGatewayErrorsOnly(IotdaError error, String detail) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(RequestIds.ATTRIBUTE, "req-2");
		MockHttpServletResponse response = new MockHttpServletResponse();

		ErrorResponses.write(request, response, error, detail);

		JsonNode body = json.readTree(response.getContentAsByteArray());
		assertThat(body.get("error_code").asString()).isEqualTo(error.code());
		assertThat(body.has("request_id")).isEqualTo(error.fromGateway());
	}

	static Stream<Arguments> details() {
		return detail().arguments(SEED, 300);
	}

	static Stream<Arguments> errorsWithDetails() {
		return Gen.rows(SEED, 100, Gen.of(IotdaError.class), detail());
	}

	private static Gen<String> detail() {
		return Gen.oneOf(Gen.strings(Gen.anyChar(), 0, 200),
				Gen.strings(Gen.chars("\"\\\u0000\u001f\u007f\n\r\t"), 0, 50),
				Gen.strings(Gen.chars('\u4e00', '\u9fa5'), 0, 50),
				Gen.of("😀", "\ud83d", "\ude00x", "a\u2028b", "</script>"), Gen.just(null));
	}

}
