package io.iotda.emulator.web.filter;

import io.iotda.emulator.web.RequestLimitsProperties;
import io.iotda.emulator.web.error.IotdaError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * How large a request's body may be, and what a larger one is answered with: the
 * {@link MultipartOperation multipart operation} the request is, if it is one, else
 * {@code iotda.limits.max-body-size} and 413 {@code APIG.0201}. The body-limit filter and
 * the signature check (which reads the body it verifies) ask this, so they agree. Each
 * filter builds its own from the same settings and beans (web slice tests have filters
 * but no other components).
 */
public final class RequestBodyLimits {

	private final long defaultMaxBytes;

	private final List<MultipartOperation> multipartOperations;

	public RequestBodyLimits(RequestLimitsProperties properties, List<MultipartOperation> multipartOperations) {
		this.defaultMaxBytes = properties.maxBodySize().toBytes();
		this.multipartOperations = List.copyOf(multipartOperations);
	}

	/**
	 * The limits of these settings and of every multipart operation declared as a bean.
	 */
	public static RequestBodyLimits of(RequestLimitsProperties properties,
			ObjectProvider<MultipartOperation> multipartOperations) {
		return new RequestBodyLimits(properties, multipartOperations.orderedStream().toList());
	}

	/** The multipart operation this request is, if any. */
	public Optional<MultipartOperation> multipartOperation(HttpServletRequest request) {
		for (MultipartOperation operation : this.multipartOperations) {
			if (operation.matches(request)) {
				return Optional.of(operation);
			}
		}
		return Optional.empty();
	}

	/** The largest body this request may carry. */
	public long maxBodyBytes(HttpServletRequest request) {
		return multipartOperation(request).map(MultipartOperation::maxBodyBytes).orElse(this.defaultMaxBytes);
	}

	/** What a body over {@link #maxBodyBytes(HttpServletRequest)} is answered with. */
	public IotdaError tooLarge(HttpServletRequest request) {
		return multipartOperation(request).map(MultipartOperation::tooLarge).orElse(IotdaError.REQUEST_TOO_LARGE);
	}

}
