package io.iotda.emulator.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The simulator's test settings: the manual clock and fixed durations (start 5 s after a
 * task starts, upgrades take 30 s, other task types 10 s, a whole-task stop stays
 * Stopping for 2 s), fast webhook retries to receivers the test runs on this host
 * (loopback, allowed through {@code iotda.emulator.webhook-allowed-hosts}; the default
 * refuses it), and a small connection pool. One set, so that every test class using it
 * shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = { "iotda.simulation.clock.mode=manual", "iotda.simulation.start-delay-min=5s",
		"iotda.simulation.start-delay-max=5s", "iotda.simulation.upgrade-duration-min=30s",
		"iotda.simulation.upgrade-duration-max=30s", "iotda.simulation.other-duration-min=10s",
		"iotda.simulation.other-duration-max=10s", "iotda.batch-task.stopping-duration=2s",
		"iotda.emulator.webhook-retry-delay=100ms", "iotda.emulator.webhook-allowed-hosts=127.0.0.1",
		"spring.datasource.hikari.maximum-pool-size=6", "spring.datasource.hikari.minimum-idle=1" })
public @interface ManualSimulationClock {

}
