package io.iotda.emulator.web.error;

import io.iotda.emulator.web.filter.RequestBodyLimitFilter;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors that never reach a controller (rejected by the servlet container, or
 * thrown in a filter) with the IoTDA envelope instead of Boot's default error page.
 */
@Hidden
@RestController
class IotdaErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ErrorBody> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer value) ? value : 500;
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		IotdaError error = errorFor(status, (exception instanceof Throwable ex) ? ex : null);
		return IotdaErrorAdvice.answer(error, null, request);
	}

	/**
	 * The catalog entry for an error status the container (not a controller) produced.
	 * Tomcat answers a request it cannot serve for the client's fault with 501 (an
	 * unknown {@code Transfer-Encoding}) or 505 (an HTTP version other than 1.0 and 1.1):
	 * those are client errors here, as a 5xx would make an SDK retry them for ever.
	 */
	static IotdaError errorFor(int status, Throwable exception) {
		if (exception != null && (IotdaErrorAdvice.causeOf(exception, InvalidParameterException.class).isPresent()
				|| IotdaErrorAdvice.causeOf(exception, RequestBodyLimitFilter.BodyReadTimeoutException.class)
					.isPresent())) {
			return IotdaError.INVALID_FORMAT;
		}
		if (exception != null && IotdaErrorAdvice.causeOf(exception, RequestBodyLimitFilter.BodyTooLargeException.class)
			.isPresent()) {
			return IotdaError.REQUEST_TOO_LARGE;
		}
		return switch (status) {
			case 400, 501, 505 -> IotdaError.INVALID_FORMAT;
			case 404, 405 -> IotdaError.API_NOT_FOUND;
			case 413 -> IotdaError.REQUEST_TOO_LARGE;
			case 503 -> IotdaError.SERVICE_UNAVAILABLE;
			default -> (exception != null && IotdaErrorAdvice.DatabaseFailures.isUnavailable(exception))
					? IotdaError.SERVICE_UNAVAILABLE
					: (status >= 400 && status < 500) ? IotdaError.INVALID_FORMAT : IotdaError.INTERNAL;
		};
	}

}
