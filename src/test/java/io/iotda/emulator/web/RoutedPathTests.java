package io.iotda.emulator.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

class RoutedPathTests {

	@ParameterizedTest
	@ValueSource(strings = { "/v5;x=1/iot/p1/batchtasks", "/%765/iot/p1/batchtasks", "/v5/iot;/p1/batchtasks",
			"/v5/%69ot/p1/batchtasks", "/v5/iot/p1;a=b;c/batchtasks", "/v5/i%6Ft/p%31/batchtasks" })
	void readsTheSegmentsAsTheRouterMatchesThem(String path) {
		RoutedPath routed = RoutedPath.of(request(path));
		assertThat(routed.segments()).containsExactly("v5", "iot", "p1", "batchtasks");
		assertThat(routed.startsWith("v5", "iot")).isTrue();
		assertThat(routed.segment(2)).hasValue("p1");
		assertThat(routed.ambiguity()).isPresent();
		assertThat(routed.asSent()).isEqualTo(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/v5/./iot/p1", "/v5/%2e%2e/iot", "//v5/iot/p1", "/v5/iot//p1", "/v5/iot/p1//",
			"/v5/iot/p%7E1", "/v5/iot/p%2D1" })
	void findsDotAndEmptySegmentsAndNeedlesslyEncodedCharactersAmbiguous(String path) {
		assertThat(RoutedPath.of(request(path)).ambiguity()).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/v5/iot/p1/batchtasks", "/v5/iot/p1/batchtasks/", "/v5/iot/p%201/batchtasks",
			"/v5/iot/%E4%B8%AD/batchtasks", "/v5/iot/a%3Bb/batchtasks", "/actuator/health" })
	void findsPlainPathsAndNecessaryEncodingsUnambiguous(String path) {
		assertThat(RoutedPath.of(request(path)).ambiguity()).isEmpty();
	}

	@Test
	void findsAPathThatDoesNotDecodeAmbiguousAndMatchingNothing() {
		RoutedPath routed = RoutedPath.of(request("/v5/iot/a%2"));
		assertThat(routed.ambiguity()).hasValue("The path is not validly percent-encoded.");
		assertThat(routed.segments()).isEmpty();
	}

	@Test
	void decodesAnEncodedSemicolonAsPartOfTheSegment() {
		assertThat(RoutedPath.of(request("/v5/iot/a%3Bb/batchtasks")).segment(2)).hasValue("a;b");
	}

	@Test
	void leavesTheContextPathOut() {
		MockHttpServletRequest request = request("/emulator/v5/iot/p1");
		request.setContextPath("/emulator");
		assertThat(RoutedPath.of(request).segments()).containsExactly("v5", "iot", "p1");
		assertThat(RoutedPath.of(request).asSent()).isEqualTo("/v5/iot/p1");
	}

	@Test
	void doesNotTakeAnotherCaseForTheSameSegment() {
		assertThat(RoutedPath.of(request("/V5/iot/p1")).startsWith("v5")).isFalse();
	}

	private static MockHttpServletRequest request(String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		request.setRequestURI(uri);
		return request;
	}

}
