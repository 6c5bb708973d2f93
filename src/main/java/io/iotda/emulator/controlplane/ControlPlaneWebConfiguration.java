package io.iotda.emulator.controlplane;

import io.iotda.emulator.controlplane.faults.FaultInterceptor;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The control plane's web wiring: its own Swagger UI group ({@code emulator}, beside the
 * emulated API's {@code iotda}), and fault rules that apply to the emulated API only,
 * never to the control plane.
 */
@Configuration(proxyBeanMethods = false)
class ControlPlaneWebConfiguration implements WebMvcConfigurer {

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
