package io.iotda.emulator.emulator;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Fault rules apply to the emulated API only, never to the control plane. */
@Configuration(proxyBeanMethods = false)
class ControlPlaneWebConfiguration implements WebMvcConfigurer {

	private final FaultInterceptor faults;

	ControlPlaneWebConfiguration(FaultInterceptor faults) {
		this.faults = faults;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.faults).addPathPatterns("/v5/**");
	}

}
