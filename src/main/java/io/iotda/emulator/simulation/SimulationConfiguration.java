package io.iotda.emulator.simulation;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The clock the whole service reads, and the scheduling that moves tasks over time. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SimulationConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
