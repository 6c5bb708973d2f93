package io.iotda.emulator.security;

import io.iotda.emulator.web.RoutedPath;
import io.iotda.emulator.web.error.ErrorResponses;
import io.iotda.emulator.web.error.IotdaError;
import io.iotda.emulator.web.filter.FilterOrder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the control plane ({@code /_emulator/**}, every mapping there), recognised on
 * the path as Spring MVC routes it ({@link RoutedPath}), so no spelling of it gets past:
 * <ul>
 * <li>{@code iotda.emulator.control-plane.enabled=false}: 404 {@code APIGW.0101}, as an
 * unknown path, in every mode;</li>
 * <li>{@code none} and {@code accept-any}: open;</li>
 * <li>{@code verify}: {@code X-Emulator-Token} must equal
 * {@code iotda.emulator.control-plane.token} (missing: 401 {@code APIG.0301}; wrong: 403
 * {@code IOTDA.000004}). With no token configured the control plane is closed: 403
 * {@code EMULATOR.0403}, naming the setting.</li>
 * </ul>
 * The IoTDA API's credentials (tokens, AK/SK) do not open the control plane: it acts on
 * every project.
 */
@Component
@Order(FilterOrder.CONTROL_PLANE_GUARD)
class ControlPlaneGuardFilter extends OncePerRequestFilter {

	static final String TOKEN_HEADER = "X-Emulator-Token";

	static final String CLOSED_DETAIL = "In verify mode it needs a credential: set iotda.emulator.control-plane.token "
			+ "(IOTDA_EMULATOR_CONTROLPLANE_TOKEN) and send it as " + TOKEN_HEADER + ".";

	private final ControlPlaneProperties properties;

	private final boolean verify;

	private final byte[] token;

	ControlPlaneGuardFilter(ControlPlaneProperties properties, AuthProperties auth) {
		this.properties = properties;
		this.verify = auth.mode() == AuthMode.VERIFY;
		this.token = properties.token().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !RoutedPath.of(request).startsWith("_emulator");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.properties.enabled()) {
			ErrorResponses.write(request, response, IotdaError.API_NOT_FOUND, null);
			return;
		}
		if (!this.verify) {
			chain.doFilter(request, response);
			return;
		}
		if (!this.properties.hasToken()) {
			ErrorResponses.write(request, response, IotdaError.CONTROL_PLANE_CLOSED, CLOSED_DETAIL);
			return;
		}
		String sent = request.getHeader(TOKEN_HEADER);
		if (sent == null || sent.isBlank()) {
			ErrorResponses.write(request, response, IotdaError.IAM_AUTHENTICATION_FAILED,
					"x-emulator-token not found (the control plane's credential)");
			return;
		}
		if (!MessageDigest.isEqual(sent.strip().getBytes(StandardCharsets.UTF_8), this.token)) {
			ErrorResponses.write(request, response, IotdaError.INVALID_ACCESS_TOKEN, null);
			return;
		}
		chain.doFilter(request, response);
	}

}
