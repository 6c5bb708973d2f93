package com.example.fleet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application of the kind the emulator is for, as {@code docs/testing-your-app.md}
 * shows it: a fleet service that runs firmware campaigns on IoTDA through the official
 * Java SDK. It lives in the tests, outside the emulator's packages, so that its test
 * wires it to the emulator exactly as a team's own test would.
 */
@SpringBootApplication
public class FleetApplication {

	public static void main(String[] args) {
		SpringApplication.run(FleetApplication.class, args);
	}

}
