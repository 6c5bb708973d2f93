package io.iotda.emulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IotdaEmulatorApplication {

	public static void main(String[] args) {
		SpringApplication.run(IotdaEmulatorApplication.class, args);
	}

}
