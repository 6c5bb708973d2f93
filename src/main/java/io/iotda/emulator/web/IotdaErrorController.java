package io.iotda.emulator.web;

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
	 */
	static IotdaError errorFor(int status, Throwable exception) {
		if (exception != null && IotdaErrorAdvice.causeOf(exception, InvalidParameterException.class).isPresent()) {
			return IotdaError.INVALID_FORMAT;
		}
		return switch (status) {
			case 400 -> IotdaError.INVALID_FORMAT;
			case 404, 405 -> IotdaError.API_NOT_FOUND;
			case 413 -> IotdaError.REQUEST_TOO_LARGE;
			case 503 -> IotdaError.SERVICE_UNAVAILABLE;
			default -> (exception != null && IotdaErrorAdvice.DatabaseFailures.isUnavailable(exception))
					? IotdaError.SERVICE_UNAVAILABLE
					: (status >= 400 && status < 500) ? IotdaError.INVALID_FORMAT : IotdaError.INTERNAL;
		};
	}

}
