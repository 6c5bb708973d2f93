package io.iotda.emulator.simulation;

import io.iotda.emulator.batchtask.BatchTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends the {@code Stopping} phase of whole-task stops once their time on the clock has
 * come.
 */
@Component
class StoppingSweeper {

	private static final Logger logger = LoggerFactory.getLogger(StoppingSweeper.class);

	private final BatchTaskService service;

	StoppingSweeper(BatchTaskService service) {
		this.service = service;
	}

	@Scheduled(fixedDelayString = "${iotda.simulation.sweep-interval:250ms}")
	void completeStops() {
		try {
			int completed = this.service.completeStops();
			if (completed > 0) {
				logger.debug("{} task(s) went from Stopping to Stopped", completed);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not complete stopping tasks: {}", ex.toString());
		}
	}

}
