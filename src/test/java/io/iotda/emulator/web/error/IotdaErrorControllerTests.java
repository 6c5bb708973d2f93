package io.iotda.emulator.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.web.RequestIds;
import jakarta.servlet.RequestDispatcher;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Errors the servlet container answers itself (before or after Spring MVC) get the
 * envelope too.
 */
class IotdaErrorControllerTests {

	private final IotdaErrorController controller = new IotdaErrorController();

	@ParameterizedTest
	@CsvSource({ "400, INVALID_FORMAT", "404, API_NOT_FOUND", "405, API_NOT_FOUND", "413, REQUEST_TOO_LARGE",
			"503, SERVICE_UNAVAILABLE", "500, INTERNAL", "502, INTERNAL" })
	void mapsTheContainersStatusToTheCatalog(int status, IotdaError expected) {
		MockHttpServletRequest request = errorRequest(status, null);

		ResponseEntity<ErrorBody> answer = this.controller.error(request);

		assertThat(answer.getStatusCode()).isEqualTo(expected.status());
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
		assertThat(answer.getBody().errorCode()).isEqualTo(expected.code());
		assertThat(answer.getBody().errorMsg()).isEqualTo(expected.message());
	}

	@Test
	void putsTheRequestIdIntoGatewayErrorsOnly() {
		assertThat(this.controller.error(errorRequest(404, null)).getBody().requestId()).isEqualTo("req-1");
		assertThat(this.controller.error(errorRequest(413, null)).getBody().requestId()).isEqualTo("req-1");
		assertThat(this.controller.error(errorRequest(500, null)).getBody().requestId()).isNull();
	}

	@Test
	void answersAnUnreachableDatabaseThrownInAFilterWith503() {
		MockHttpServletRequest request = errorRequest(500,
				new IllegalStateException("wrapped", new ConnectException("Connection refused")));

		ResponseEntity<ErrorBody> answer = this.controller.error(request);

		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getBody().errorCode()).isEqualTo("IOTDA.000001");
	}

	@Test
	void treatsAMissingStatusAsAnInternalError() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");

		ResponseEntity<ErrorBody> answer = this.controller.error(request);

		assertThat(answer.getStatusCode().value()).isEqualTo(500);
		assertThat(answer.getBody().errorMsg()).isEqualTo("Internal server error.");
	}

	private static MockHttpServletRequest errorRequest(int status, Throwable exception) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestIds.ATTRIBUTE, "req-1");
		if (exception != null) {
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, exception);
		}
		return request;
	}

}
