package io.iotda.emulator.web.filter;

import io.iotda.emulator.web.error.ErrorResponses;
import io.iotda.emulator.web.error.IotdaError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a {@code Content-Type} that names no concrete media type ({@code *}/{@code *},
 * {@code application/*}, or text that does not parse) with 400 {@code IOTDA.000008}.
 * Spring MVC would otherwise fail on it with an internal error while reading the body of
 * an operation whose body is optional (stop, retry, confirm).
 */
@Component
@Order(FilterOrder.CONTENT_TYPE)
class ContentTypeFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType != null && !contentType.isBlank() && !isConcrete(contentType)) {
			ErrorResponses.write(request, response, IotdaError.INVALID_FORMAT, null);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isConcrete(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
