package io.iotda.emulator.web.filter;

import io.iotda.emulator.web.RequestLimitsProperties;
import io.iotda.emulator.web.error.ErrorResponses;
import io.iotda.emulator.web.error.IotdaError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 {@code IOTDA.000008}, before anything reads the body:
 * <ul>
 * <li>a {@code Content-Type} that names no concrete media type ({@code *}/{@code *},
 * {@code application/*}, or text that does not parse): Spring MVC would otherwise fail on
 * it with an internal error while reading the body of an operation whose body is optional
 * (stop, retry, confirm);</li>
 * <li>a {@code multipart/*} body anywhere but on a {@link MultipartOperation multipart
 * operation}, decided on the routed path.</li>
 * </ul>
 */
@Component
@Order(FilterOrder.CONTENT_TYPE)
class ContentTypeFilter extends OncePerRequestFilter {

	private final RequestBodyLimits limits;

	ContentTypeFilter(RequestLimitsProperties properties, ObjectProvider<MultipartOperation> multipartOperations) {
		this.limits = RequestBodyLimits.of(properties, multipartOperations);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType != null && !contentType.isBlank()) {
			MediaType type = parse(contentType);
			if (type == null || type.isWildcardType() || type.isWildcardSubtype()
					|| (type.getType().equals("multipart") && this.limits.multipartOperation(request).isEmpty())) {
				ErrorResponses.write(request, response, IotdaError.INVALID_FORMAT, null);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static MediaType parse(String contentType) {
		try {
			return MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
	}

}
