package io.iotda.emulator.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The envelope a servlet filter writes stays valid JSON whatever the detail holds:
 * quotes, backslashes, control characters, Chinese, emoji and lone surrogates.
 */
class ErrorResponsesTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Property(tries = 300, seed = "20261129")
	void writesParseableEnvelopeForAnyDetail(@ForAll("details") String detail) throws Exception {
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

	@Property(tries = 100, seed = "20261129")
	void addsRequestIdToGatewayErrorsOnly(@ForAll("errors") IotdaError error, @ForAll("details") String detail)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(RequestIds.ATTRIBUTE, "req-2");
		MockHttpServletResponse response = new MockHttpServletResponse();

		ErrorResponses.write(request, response, error, detail);

		JsonNode body = json.readTree(response.getContentAsByteArray());
		assertThat(body.get("error_code").asString()).isEqualTo(error.code());
		assertThat(body.has("request_id")).isEqualTo(error.fromGateway());
	}

	@Provide
	Arbitrary<String> details() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(200),
				Arbitraries.strings().withChars("\"\\\u0000\u001f\u007f\n\r\t").ofMaxLength(50),
				Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(50),
				Arbitraries.of("😀", "\ud83d", "\ude00x", "a\u2028b", "</script>"), Arbitraries.just(null));
	}

	@Provide
	Arbitrary<IotdaError> errors() {
		return Arbitraries.of(IotdaError.class);
	}

}
