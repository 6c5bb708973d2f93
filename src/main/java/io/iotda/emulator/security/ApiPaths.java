package io.iotda.emulator.security;

import io.iotda.emulator.web.RoutedPath;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Which requests are the emulated IoTDA API ({@code /v5/iot/**}), and the project they
 * address: both read from the path as Spring MVC routes it ({@link RoutedPath}), so
 * {@code /v5;x=1/iot/...} or {@code /%765/iot/...} is the API as much as
 * {@code /v5/iot/...} is.
 */
final class ApiPaths {

	private ApiPaths() {
	}

	/**
	 * Only the IoTDA API is guarded here: not /_emulator (it has its own guard),
	 * /actuator, Swagger, nor the fake IAM.
	 */
	static boolean isIotdaApi(HttpServletRequest request) {
		return RoutedPath.of(request).startsWith("v5", "iot");
	}

	/** The {@code {project_id}} segment of {@code /v5/iot/{project_id}/...}, decoded. */
	static Optional<String> projectOf(HttpServletRequest request) {
		RoutedPath path = RoutedPath.of(request);
		return path.startsWith("v5", "iot") ? path.segment(2).filter((project) -> !project.isEmpty())
				: Optional.empty();
	}

}
