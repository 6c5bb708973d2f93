package io.iotda.emulator.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on errors it answers itself, before any filter or controller runs (a
 * request line or headers over {@code server.max-http-request-header-size}, a request it
 * cannot parse): the IoTDA envelope and an {@code X-Request-Id} instead of Tomcat's HTML
 * page. Errors the application answered already have a body and are left alone.
 */
public class EnvelopeErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		IotdaError error = switch (status) {
			case 404, 405 -> IotdaError.API_NOT_FOUND;
			case 413 -> IotdaError.REQUEST_TOO_LARGE;
			case 503 -> IotdaError.SERVICE_UNAVAILABLE;
			default -> (status >= 500) ? IotdaError.INTERNAL : IotdaError.INVALID_FORMAT;
		};
		String requestId = RequestIds.of(request);
		if (requestId == null) {
			requestId = RequestIds.newId();
			response.setHeader(RequestIds.HEADER, requestId);
		}
		ErrorBody body = ErrorBody.of(error, null, requestId);
		try {
			response.setContentType("application/json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(ErrorResponses.json(body));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response was committed: nothing more to say.
		}
	}

}
