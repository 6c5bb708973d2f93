package io.iotda.emulator.web.error;

import io.iotda.emulator.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * Writes the IoTDA error envelope from places that run outside Spring MVC (servlet
 * filters).
 */
public final class ErrorResponses {

	private ErrorResponses() {
	}

	public static void write(HttpServletRequest request, HttpServletResponse response, IotdaError error, String detail)
			throws IOException {
		ErrorBody body = ErrorBody.of(error, detail, RequestIds.of(request));
		response.resetBuffer();
		response.setStatus(error.status().value());
		// The same Content-Type as every other JSON answer (no charset parameter): the
		// envelope is ASCII, written as bytes.
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		byte[] bytes = json(body).getBytes(StandardCharsets.US_ASCII);
		try {
			response.getOutputStream().write(bytes);
		}
		catch (IllegalStateException ex) {
			// something already asked for the writer
			response.getWriter().write(json(body));
		}
		response.flushBuffer();
	}

	/**
	 * The envelope as JSON text, without a JSON library (usable where no Spring bean is
	 * at hand). Only ASCII: every other character is written as a JSON unicode escape, so
	 * the text is the same bytes in any charset a servlet writer may pick.
	 */
	static String json(ErrorBody body) {
		StringBuilder json = new StringBuilder("{\"error_code\":").append(quote(body.errorCode()))
			.append(",\"error_msg\":")
			.append(quote(body.errorMsg()));
		if (body.requestId() != null) {
			json.append(",\"request_id\":").append(quote(body.requestId()));
		}
		return json.append('}').toString();
	}

	private static String quote(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20 || c >= 0x7f) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
