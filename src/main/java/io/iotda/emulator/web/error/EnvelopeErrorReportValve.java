package io.iotda.emulator.web.error;

import io.iotda.emulator.web.RequestIds;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's last word on the requests it refuses itself, before any filter or controller
 * runs: the IoTDA envelope, a client-error status where the client is at fault, an
 * {@code X-Request-Id} and the same {@code Content-Type} as the application's errors,
 * instead of Tomcat's HTML page.
 * <ul>
 * <li>A request line or headers over the limit, an unparseable request, a path holding
 * {@code %00}, an unknown {@code Transfer-Encoding} (Tomcat: 501) or an HTTP version
 * other than 1.0 and 1.1 (Tomcat: 505) are 400 {@code IOTDA.000008}.</li>
 * <li>{@code CONNECT} (Tomcat: 501) is a method no operation has: 404
 * {@code APIGW.0101}.</li>
 * <li>An HTTP/0.9 request ({@code GET /path} with no version) would get a bare body: it
 * is answered with an HTTP/1.1 400 status line and headers instead.</li>
 * </ul>
 * Errors the application answered already have a body and are left alone. It also keeps a
 * request whose body was left unread (and may still be arriving) from holding its worker
 * thread while Tomcat drains that body: such a connection is closed after the answer
 * instead.
 */
public class EnvelopeErrorReportValve extends ErrorReportValve {

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (request.getProtocol() == null || request.getProtocol().isEmpty()) {
			answerHttp09(response);
			return;
		}
		super.invoke(request, response);
		if (!request.isAsync() && request.getContentLengthLong() != 0 && !request.getCoyoteRequest().isFinished()) {
			// Tomcat would drain the rest of the body for as long as the
			// client sends it: send the answer, then close the connection
			// (an error state, which must not turn the status into 500).
			response.flushBuffer();
			request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
		}
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		IotdaError error = "CONNECT".equals(request.getMethod()) ? IotdaError.API_NOT_FOUND
				: IotdaErrorController.errorFor(status, throwable);
		String requestId = RequestIds.of(request);
		if (requestId == null) {
			requestId = RequestIds.newId();
			request.setAttribute(RequestIds.ATTRIBUTE, requestId);
		}
		try {
			response.setStatus(error.status().value());
			response.setHeader(RequestIds.HEADER, requestId);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			// The envelope is ASCII (ErrorResponses escapes the rest), so whatever
			// charset the writer uses, the bytes are the same.
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(ErrorResponses.json(ErrorBody.of(error, null, requestId)));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response was committed: nothing more to say.
		}
	}

	/**
	 * HTTP/0.9 has no status line and no headers: Tomcat would send the body alone. The
	 * emulator speaks HTTP/1.x only, so it writes a whole HTTP/1.1 answer itself (as the
	 * body Tomcat passes through untouched) and closes the connection.
	 */
	private static void answerHttp09(Response response) throws IOException {
		IotdaError error = IotdaError.INVALID_FORMAT;
		String requestId = RequestIds.newId();
		byte[] body = ErrorResponses.json(ErrorBody.of(error, null, requestId)).getBytes(StandardCharsets.US_ASCII);
		String head = "HTTP/1.1 " + error.status().value() + " " + error.status().getReasonPhrase() + "\r\n"
				+ RequestIds.HEADER + ": " + requestId + "\r\nContent-Type: " + MediaType.APPLICATION_JSON_VALUE
				+ "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
		OutputStream out = response.getOutputStream();
		out.write(head.getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		response.finishResponse();
	}

}
