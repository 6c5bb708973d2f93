package io.iotda.emulator.web.error;

import io.iotda.emulator.web.ParameterNames;
import io.iotda.emulator.web.RequestIds;
import io.iotda.emulator.web.filter.RequestBodyLimitFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;

/**
 * Maps every exception, the framework's own included, to IoTDA's error envelope. Nothing
 * of the cause (class, stack, SQL) reaches the client; unexpected ones are logged with
 * the request id.
 */
@RestControllerAdvice
class IotdaErrorAdvice {

	private static final Logger logger = LoggerFactory.getLogger(IotdaErrorAdvice.class);

	/** When a client should try again after a lock conflict outlasted the retries. */
	private static final String RETRY_AFTER_SECONDS = "1";

	@ExceptionHandler(IotdaException.class)
	ResponseEntity<ErrorBody> iotda(IotdaException ex, HttpServletRequest request) {
		return answer(ex.error(), ex.detail(), request);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ErrorBody> invalidParameter(HandlerMethodValidationException ex, HttpServletRequest request) {
		for (var result : ex.getParameterValidationResults()) {
			String name = ParameterNames.of(result.getMethodParameter());
			if ("limit".equals(name)) {
				return answer(IotdaError.LIMIT_OUT_OF_RANGE, null, request);
			}
			if ("offset".equals(name)) {
				return answer(IotdaError.OFFSET_OUT_OF_RANGE, null, request);
			}
		}
		// A body's field errors name their field themselves; a header, query or path
		// value is named by the parameter.
		String detail = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> result.getMethodParameter().hasParameterAnnotation(RequestBody.class)
						? error.getDefaultMessage()
						: ParameterNames.of(result.getMethodParameter()) + ": " + error.getDefaultMessage()))
			.findFirst()
			.orElse(null);
		return answer(IotdaError.INVALID_INPUT, detail, request);
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ErrorBody> invalidBody(BindException ex, HttpServletRequest request) {
		String detail = ex.getAllErrors().stream().map((error) -> error.getDefaultMessage()).findFirst().orElse(null);
		return answer(IotdaError.INVALID_INPUT, detail, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ErrorBody> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		if ("limit".equals(ex.getName())) {
			return answer(IotdaError.LIMIT_OUT_OF_RANGE, null, request);
		}
		if ("offset".equals(ex.getName())) {
			return answer(IotdaError.OFFSET_OUT_OF_RANGE, null, request);
		}
		return answer(IotdaError.INVALID_INPUT, ex.getName() + " has an invalid value", request);
	}

	@ExceptionHandler({ MissingRequestHeaderException.class, MissingServletRequestParameterException.class,
			MissingPathVariableException.class })
	ResponseEntity<ErrorBody> missing(Exception ex, HttpServletRequest request) {
		String name = (ex instanceof MissingRequestHeaderException header) ? header.getHeaderName()
				: (ex instanceof MissingServletRequestParameterException param) ? param.getParameterName()
						: ((MissingPathVariableException) ex).getVariableName();
		return answer(IotdaError.INVALID_INPUT, name + " is required", request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		if (causeOf(ex, RequestBodyLimitFilter.BodyTooLargeException.class).isPresent()) {
			return answer(IotdaError.REQUEST_TOO_LARGE, null, request);
		}
		Optional<RequestBodyLimitFilter.BodyReadTimeoutException> slow = causeOf(ex,
				RequestBodyLimitFilter.BodyReadTimeoutException.class);
		if (slow.isPresent()) {
			return answer(IotdaError.INVALID_FORMAT, slow.get().detail(), request);
		}
		Optional<DatabindException> binding = causeOf(ex, DatabindException.class);
		if (binding.isPresent() && !binding.get().getPath().isEmpty()) {
			// The JSON parsed, but a field has the wrong type: a field breaks its rule.
			return answer(IotdaError.INVALID_INPUT, fieldPath(binding.get()) + " has an invalid type or value",
					request);
		}
		return answer(IotdaError.INVALID_FORMAT, null, request);
	}

	/**
	 * Tomcat refuses a query string it cannot decode (a stray {@code %}, bad UTF-8) only
	 * when a parameter is first read: the request format is invalid, not the server.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ErrorBody> undecodableParameters(InvalidParameterException ex, HttpServletRequest request) {
		return answer(IotdaError.INVALID_FORMAT, null, request);
	}

	@ExceptionHandler({ HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class })
	ResponseEntity<ErrorBody> mediaType(Exception ex, HttpServletRequest request) {
		return answer(IotdaError.INVALID_FORMAT, null, request);
	}

	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class,
			HttpRequestMethodNotSupportedException.class })
	ResponseEntity<ErrorBody> noSuchApi(Exception ex, HttpServletRequest request) {
		return answer(IotdaError.API_NOT_FOUND, null, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ErrorBody> unexpected(Exception ex, HttpServletRequest request) {
		if (LockConflicts.isLockConflict(ex)) {
			logger.warn("Lock conflict while serving {} {} [request {}]: {}", request.getMethod(),
					request.getRequestURI(), RequestIds.of(request), ex.toString());
			return ResponseEntity.status(IotdaError.SERVICE_BUSY.status())
				.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
				.contentType(MediaType.APPLICATION_JSON)
				.body(ErrorBody.of(IotdaError.SERVICE_BUSY, null, RequestIds.of(request)));
		}
		if (DatabaseFailures.isUnavailable(ex)) {
			logger.warn("Database unavailable while serving {} {} [request {}]: {}", request.getMethod(),
					request.getRequestURI(), RequestIds.of(request), ex.toString());
			return answer(IotdaError.SERVICE_UNAVAILABLE, null, request);
		}
		logger.error("Unexpected error while serving {} {} [request {}]", request.getMethod(), request.getRequestURI(),
				RequestIds.of(request), ex);
		return answer(IotdaError.INTERNAL, null, request);
	}

	static ResponseEntity<ErrorBody> answer(IotdaError error, String detail, HttpServletRequest request) {
		return ResponseEntity.status(error.status())
			.contentType(MediaType.APPLICATION_JSON)
			.body(ErrorBody.of(error, detail, RequestIds.of(request)));
	}

	private static String fieldPath(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	static <T extends Throwable> Optional<T> causeOf(Throwable ex, Class<T> type) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return Optional.of(type.cast(current));
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return Optional.empty();
	}

	/** Tells a database that cannot be reached from any other failure. */
	static final class DatabaseFailures {

		private DatabaseFailures() {
		}

		static boolean isUnavailable(Throwable ex) {
			boolean completingTransaction = false;
			for (Throwable current = ex; current != null; current = current.getCause()) {
				if (current instanceof org.hibernate.TransactionException
						|| current instanceof TransactionSystemException) {
					completingTransaction = true;
				}
				if (completingTransaction && current instanceof SQLException sql && sql.getSQLState() == null) {
					// Rolling back (or committing) failed without a database error: the
					// pool
					// had already closed the broken connection. The error that broke it
					// is lost
					// (the rollback failure overrides it), but the database is what is
					// gone.
					return true;
				}
				if (current instanceof CannotCreateTransactionException
						|| current instanceof DataAccessResourceFailureException
						|| current instanceof SQLTransientConnectionException
						|| current instanceof java.net.ConnectException) {
					return true;
				}
				if (current instanceof SQLException sql && sql.getSQLState() != null
						&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
					return true;
				}
				if (current.getCause() == current) {
					break;
				}
			}
			return false;
		}

	}

}
