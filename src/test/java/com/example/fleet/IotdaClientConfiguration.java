package com.example.fleet;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.iotda.v5.IoTDAClient;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fleet service's IoTDA client: the official SDK, its endpoint a setting. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IotdaClientConfiguration.IotdaSettings.class)
class IotdaClientConfiguration {

	// tag::client[]
	@ConfigurationProperties("fleet.iotda")
	record IotdaSettings(String endpoint, String ak, String sk, String projectId) {
	}

	@Bean
	IoTDAClient iotdaClient(IotdaSettings settings) {
		return IoTDAClient.newBuilder()
			.withCredential(new BasicCredentials().withAk(settings.ak())
				.withSk(settings.sk())
				.withProjectId(settings.projectId()))
			.withEndpoint(settings.endpoint())
			.build();
	}
	// end::client[]

}
