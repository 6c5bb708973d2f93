package io.iotda.emulator.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Which requests are the emulated IoTDA API ({@code /v5/iot/**}), and the project they
 * address.
 */
final class ApiPaths {

	static final String PREFIX = "/v5/iot/";

	private ApiPaths() {
	}

	/**
	 * Only the IoTDA API is guarded: not /_emulator, /actuator, Swagger, nor the fake
	 * IAM.
	 */
	static boolean isIotdaApi(HttpServletRequest request) {
		return pathOf(request).startsWith(PREFIX);
	}

	/** The {@code {project_id}} segment of {@code /v5/iot/{project_id}/...}, decoded. */
	static Optional<String> projectOf(HttpServletRequest request) {
		String path = pathOf(request);
		if (!path.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String rest = path.substring(PREFIX.length());
		int slash = rest.indexOf('/');
		String segment = (slash < 0) ? rest : rest.substring(0, slash);
		return segment.isEmpty() ? Optional.empty() : Optional.of(SdkSignatures.decode(segment));
	}

	private static String pathOf(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		return (context != null && !context.isEmpty() && uri.startsWith(context)) ? uri.substring(context.length())
				: uri;
	}

}
