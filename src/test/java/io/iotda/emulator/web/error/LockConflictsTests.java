package io.iotda.emulator.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.web.RequestIds;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Which failures are lock conflicts (retried, then 503 with {@code Retry-After}), on
 * PostgreSQL and on H2, however deep the database's error sits.
 */
class LockConflictsTests {

	@Test
	void tellsLockConflictsOfBothDatabasesFromOtherFailures() {
		assertThat(LockConflicts.isLockConflict(new CannotAcquireLockException("lock timeout"))).isTrue();
		assertThat(LockConflicts.isLockConflict(new DeadlockLoserDataAccessException("deadlock", null))).isTrue();
		assertThat(LockConflicts.isLockConflict(new PessimisticLockingFailureException("locked"))).isTrue();
		assertThat(LockConflicts.isLockConflict(new RuntimeException(new SQLException("deadlock detected", "40P01"))))
			.isTrue();
		assertThat(LockConflicts.isLockConflict(new RuntimeException(new SQLException("could not serialize", "40001"))))
			.isTrue();
		assertThat(LockConflicts
			.isLockConflict(new RuntimeException(new SQLException("canceling statement due to lock timeout", "55P03"))))
			.isTrue();
		assertThat(LockConflicts
			.isLockConflict(new RuntimeException(new SQLException("Timeout trying to lock table", "HYT00", 50200))))
			.isTrue();

		assertThat(LockConflicts
			.isLockConflict(new RuntimeException(new SQLException("Statement was canceled", "HYT00", 57014))))
			.isFalse();
		assertThat(LockConflicts.isLockConflict(new RuntimeException(new SQLException("An I/O error occurred"))))
			.isFalse();
		assertThat(LockConflicts.isLockConflict(new DataIntegrityViolationException("dup"))).isFalse();
		assertThat(LockConflicts.isLockConflict(new RuntimeException(new SQLException("syntax error", "42601"))))
			.isFalse();
		assertThat(LockConflicts.isLockConflict(new IllegalStateException("bug"))).isFalse();
	}

	@Test
	void answersALockConflictWith503AndRetryAfter() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v5/iot/p1/batchtasks/abc/stop");
		request.setAttribute(RequestIds.ATTRIBUTE, "req-1");

		ResponseEntity<ErrorBody> busy = new IotdaErrorAdvice()
			.unexpected(new CannotAcquireLockException("could not obtain lock"), request);

		assertThat(busy.getStatusCode().value()).isEqualTo(503);
		assertThat(busy.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(busy.getBody().errorCode()).isEqualTo("IOTDA.000001");
		assertThat(busy.getBody().errorMsg()).isEqualTo("Internal server error. (service busy, retry later)");
	}

}
