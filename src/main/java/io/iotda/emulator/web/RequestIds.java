package io.iotda.emulator.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;

/** The request id of the current request, as the {@link RequestIdFilter} assigned it. */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	public static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

	private RequestIds() {
	}

	public static String newId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	public static String of(HttpServletRequest request) {
		Object id = request.getAttribute(ATTRIBUTE);
		return (id != null) ? id.toString() : null;
	}

}
