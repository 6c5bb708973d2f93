package io.iotda.emulator.web;

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
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json(body));
		response.flushBuffer();
	}

	/**
	 * The envelope as JSON text, without a JSON library (usable where no Spring bean is
	 * at hand).
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
					if (c < 0x20) {
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
