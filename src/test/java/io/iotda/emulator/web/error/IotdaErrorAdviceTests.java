package io.iotda.emulator.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.web.RequestIds;
import io.iotda.emulator.web.filter.RequestBodyLimitFilter;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The advice's decisions that a MockMvc request cannot easily reach: a chunked body over
 * the limit, and which database failures mean "unavailable".
 */
class IotdaErrorAdviceTests {

	private final IotdaErrorAdvice advice = new IotdaErrorAdvice();

	@Test
	void answersABodyThatPassedTheLimitWhileBeingReadWith413() {
		HttpMessageNotReadableException ex = new HttpMessageNotReadableException("I/O error",
				new RequestBodyLimitFilter.BodyTooLargeException(), new MockHttpInputMessage(new byte[0]));

		ResponseEntity<ErrorBody> answer = this.advice.unreadable(ex, request());

		assertThat(answer.getStatusCode().value()).isEqualTo(413);
		assertThat(answer.getBody().errorCode()).isEqualTo("APIG.0201");
		assertThat(answer.getBody().requestId()).isEqualTo("req-1");
	}

	@Test
	void answersAnUnparsableBodyWithTheFormatError() {
		HttpMessageNotReadableException ex = new HttpMessageNotReadableException("JSON parse error",
				new MockHttpInputMessage(new byte[0]));

		ResponseEntity<ErrorBody> answer = this.advice.unreadable(ex, request());

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getBody().errorCode()).isEqualTo("IOTDA.000008");
		assertThat(answer.getBody().requestId()).isNull();
	}

	@Test
	void tellsAnUnreachableDatabaseFromOtherFailures() {
		assertThat(IotdaErrorAdvice.DatabaseFailures.isUnavailable(new CannotCreateTransactionException("x"))).isTrue();
		assertThat(IotdaErrorAdvice.DatabaseFailures.isUnavailable(new DataAccessResourceFailureException("x")))
			.isTrue();
		assertThat(IotdaErrorAdvice.DatabaseFailures
			.isUnavailable(new RuntimeException(new SQLTransientConnectionException("pool exhausted")))).isTrue();
		assertThat(IotdaErrorAdvice.DatabaseFailures
			.isUnavailable(new RuntimeException(new SQLException("connection failure", "08006")))).isTrue();
		assertThat(IotdaErrorAdvice.DatabaseFailures
			.isUnavailable(new RuntimeException(new SQLException("admin shutdown", "57P01")))).isTrue();
		assertThat(IotdaErrorAdvice.DatabaseFailures
			.isUnavailable(new RuntimeException(new ConnectException("Connection refused")))).isTrue();

		assertThat(IotdaErrorAdvice.DatabaseFailures.isUnavailable(new DataIntegrityViolationException("dup")))
			.isFalse();
		assertThat(IotdaErrorAdvice.DatabaseFailures
			.isUnavailable(new RuntimeException(new SQLException("syntax error", "42601")))).isFalse();
		assertThat(IotdaErrorAdvice.DatabaseFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
	}

	@Test
	void answersAnUnreachableDatabaseWith503AndAnythingElseWith500() {
		ResponseEntity<ErrorBody> unavailable = this.advice
			.unexpected(new RuntimeException(new SQLException("connection failure", "08001")), request());
		ResponseEntity<ErrorBody> bug = this.advice
			.unexpected(new RuntimeException(new SQLException("relation \"x\" does not exist", "42P01")), request());

		assertThat(unavailable.getStatusCode().value()).isEqualTo(503);
		assertThat(unavailable.getBody().errorMsg()).isEqualTo("Internal server error. (service unavailable)");
		assertThat(bug.getStatusCode().value()).isEqualTo(500);
		assertThat(bug.getBody().errorMsg()).isEqualTo("Internal server error.");
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v5/iot/p1/batchtasks");
		request.setAttribute(RequestIds.ATTRIBUTE, "req-1");
		return request;
	}

}
