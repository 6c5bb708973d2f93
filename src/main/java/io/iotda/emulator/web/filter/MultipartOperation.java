package io.iotda.emulator.web.filter;

import io.iotda.emulator.web.RoutedPath;
import io.iotda.emulator.web.error.IotdaError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpMethod;

/**
 * An operation whose body is {@code multipart/form-data} rather than JSON, declared as a
 * bean by the module that serves it. The filters decide on the routed path
 * ({@link RoutedPath}), the same one Spring MVC matches: such a request may carry a
 * multipart body (every other one is refused, {@link ContentTypeFilter}), and its body
 * has this limit instead of {@code iotda.limits.max-body-size}
 * ({@link RequestBodyLimits}).
 *
 * @param method the operation's method
 * @param path the routed path's segments; {@code *} stands for any one non-empty segment
 * @param maxBodyBytes the largest body accepted, multipart framing included
 * @param tooLarge what a larger body is answered with
 */
public record MultipartOperation(HttpMethod method, List<String> path, long maxBodyBytes, IotdaError tooLarge) {

	/** Any one segment of the path. */
	public static final String ANY_SEGMENT = "*";

	public MultipartOperation {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(tooLarge, "tooLarge");
		path = List.copyOf(path);
		if (maxBodyBytes <= 0) {
			throw new IllegalArgumentException("maxBodyBytes must be positive");
		}
	}

	/** Whether the request is this operation: its method and its routed path. */
	public boolean matches(HttpServletRequest request) {
		if (!this.method.matches(request.getMethod())) {
			return false;
		}
		List<String> segments = RoutedPath.of(request).segments();
		if (segments.size() != this.path.size()) {
			return false;
		}
		for (int i = 0; i < segments.size(); i++) {
			String expected = this.path.get(i);
			String actual = segments.get(i);
			if (expected.equals(ANY_SEGMENT) ? actual.isEmpty() : !expected.equals(actual)) {
				return false;
			}
		}
		return true;
	}

}
