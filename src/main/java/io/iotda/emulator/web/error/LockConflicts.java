package io.iotda.emulator.web.error;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Set;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells a lock conflict (a lock wait that timed out, a deadlock, a serialization failure)
 * from other failures. The database rolled the transaction back, so the whole operation
 * can run again; when it keeps failing the client gets 503
 * {@link IotdaError#SERVICE_BUSY} with {@code Retry-After}, never a 500.
 */
public final class LockConflicts {

	/**
	 * PostgreSQL: serialization failure, deadlock, lock not available; H2: deadlock,
	 * concurrent update.
	 */
	private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01", "55P03", "90131");

	/** H2's lock timeout (its SQLState, HYT00, is any timeout's). */
	private static final int H2_LOCK_TIMEOUT = 50200;

	private LockConflicts() {
	}

	/** Whether {@code ex} or one of its causes is a lock conflict. */
	public static boolean isLockConflict(Throwable ex) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (current instanceof PessimisticLockingFailureException
					|| current instanceof jakarta.persistence.PessimisticLockException
					|| current instanceof jakarta.persistence.LockTimeoutException) {
				return true;
			}
			if (current instanceof SQLException sql && isConflictState(sql)) {
				return true;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return false;
	}

	private static boolean isConflictState(SQLException ex) {
		String state = ex.getSQLState();
		// a driver's own failures (a connection gone) have no state at all
		return state != null
				&& (CONFLICT_STATES.contains(state) || ("HYT00".equals(state) && ex.getErrorCode() == H2_LOCK_TIMEOUT));
	}

	/**
	 * Retries a {@code @Retryable} transactional method after a lock conflict, unless it
	 * ran inside a caller's transaction: that one is rolled back already, and only the
	 * caller can run it again.
	 */
	public static final class Retry implements MethodRetryPredicate {

		@Override
		public boolean shouldRetry(Method method, Throwable failure) {
			return !TransactionSynchronizationManager.isActualTransactionActive() && isLockConflict(failure);
		}

	}

}
