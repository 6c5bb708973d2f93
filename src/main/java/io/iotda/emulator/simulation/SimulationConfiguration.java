package io.iotda.emulator.simulation;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock the whole service reads (batchtask sees only a {@link Clock}), and the
 * scheduling that moves tasks over time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SimulationConfiguration {

	@Bean
	SimulationClock clock(SimulationProperties properties) {
		return new SimulationClock(SimulationClock.Mode.of(properties.clock().mode()), properties.clock().speed());
	}

}
