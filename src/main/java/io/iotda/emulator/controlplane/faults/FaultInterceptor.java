package io.iotda.emulator.controlplane.faults;

import io.iotda.emulator.web.RequestIds;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies the fault rules to the emulated API's operations (named by their operationId),
 * before the operation runs: added latency, and/or an IoTDA error answer instead of the
 * operation.
 */
@Component
public class FaultInterceptor implements HandlerInterceptor {

	private final Supplier<FaultRules> rules;

	private final JsonMapper json;

	/**
	 * Takes the rules through a provider: a web slice test has the interceptor without
	 * the control plane. Looked up once, not on every request.
	 */
	FaultInterceptor(ObjectProvider<FaultRules> rules, JsonMapper json) {
		this.rules = SingletonSupplier.ofNullable(rules::getIfAvailable);
		this.json = json;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Operation operation = method.getMethodAnnotation(Operation.class);
		if (operation == null || operation.operationId().isEmpty()) {
			return true;
		}
		FaultRules rules = this.rules.get();
		if (rules == null) {
			return true;
		}
		Optional<FaultRules.Fault> fault = rules.match(operation.operationId());
		if (fault.isEmpty()) {
			return true;
		}
		if (!fault.get().latency().isZero()) {
			Thread.sleep(fault.get().latency().toMillis());
		}
		FaultRules.Rule error = fault.get().errorRule();
		if (error == null) {
			return true;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error_code", error.errorCode);
		body.put("error_msg", error.errorMsg);
		if (error.errorCode.startsWith("APIG")) {
			body.put("request_id", RequestIds.of(request));
		}
		response.setStatus(error.httpStatus);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(this.json.writeValueAsString(body));
		return false;
	}

}
