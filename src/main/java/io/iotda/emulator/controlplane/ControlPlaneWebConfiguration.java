package io.iotda.emulator.controlplane;

import io.iotda.emulator.controlplane.faults.FaultInterceptor;
import io.swagger.v3.oas.models.media.JsonSchema;
import java.util.LinkedHashSet;
import java.util.List;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JsonNode;

/**
 * The control plane's web wiring: its own Swagger UI group ({@code emulator}, beside the
 * emulated API's {@code iotda}), and fault rules that apply to the emulated API only,
 * never to the control plane.
 */
@Configuration(proxyBeanMethods = false)
class ControlPlaneWebConfiguration implements WebMvcConfigurer {

	static {
		// The verify API's equal_to takes any JSON value: documented as that, not as
		// the properties of Jackson's node class.
		SpringDocUtils.getConfig()
			.replaceWithSchema(JsonNode.class,
					new JsonSchema()
						.types(new LinkedHashSet<>(List.of("array", "boolean", "null", "number", "object", "string")))
						.description("Any JSON value"));
	}

	private final FaultInterceptor faults;

	ControlPlaneWebConfiguration(FaultInterceptor faults) {
		this.faults = faults;
	}

	/** Not listed when the control plane is switched off. */
	@Bean
	@ConditionalOnBooleanProperty(name = "iotda.emulator.control-plane.enabled", matchIfMissing = true)
	GroupedOpenApi emulatorApi() {
		return GroupedOpenApi.builder()
			.group("emulator")
			.displayName("Emulator control plane")
			.pathsToMatch("/_emulator/**")
			.build();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.faults).addPathPatterns("/v5/**");
	}

}
