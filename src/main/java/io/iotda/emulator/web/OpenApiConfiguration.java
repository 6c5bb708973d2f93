package io.iotda.emulator.web;

import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two groups in Swagger UI, never mixed: the emulated IoTDA API ({@code /v5/**}) and the
 * emulator's own control plane ({@code /_emulator/**}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	GroupedOpenApi iotdaApi() {
		return GroupedOpenApi.builder()
			.group("iotda")
			.displayName("IoTDA batch-task API (emulated)")
			.pathsToMatch("/v5/**")
			.build();
	}

	@Bean
	GroupedOpenApi emulatorApi() {
		return GroupedOpenApi.builder()
			.group("emulator")
			.displayName("Emulator control plane")
			.pathsToMatch("/_emulator/**")
			.build();
	}

}
