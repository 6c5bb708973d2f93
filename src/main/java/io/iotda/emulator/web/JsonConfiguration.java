package io.iotda.emulator.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;

/**
 * A JSON object that holds a key twice ({@code {"targets":["k0"],"targets":[]}}, at any
 * depth) is refused with 400 {@code IOTDA.000008}: Jackson would keep the last value, and
 * a client (or a proxy that checked the first) would see a targeted stop widened to the
 * whole task. The application's one {@code JsonMapper} reads every JSON body, the API's
 * and the control plane's, and the fixture file.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer duplicateKeysRefused() {
		return (builder) -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

}
