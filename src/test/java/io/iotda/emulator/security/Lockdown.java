package io.iotda.emulator.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The application in the default {@code none} mode with the control plane switched off
 * and a rate limit of one request per project (refilled after 1,000 s). One annotation,
 * so the classes using it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = { "iotda.emulator.control-plane.enabled=false",
		"iotda.rate-limit.requests-per-second=0.001", "iotda.rate-limit.burst=1" })
@interface Lockdown {

}
