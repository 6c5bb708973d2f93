package io.iotda.emulator.controlplane.clock;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.simulation.SimulationClock;
import io.iotda.emulator.simulation.SimulationEngine;
import io.iotda.emulator.web.IotdaTime;
import io.iotda.emulator.web.error.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads, sets and advances the clock the whole emulator runs on. */
@RestController
@RequestMapping(path = "/_emulator/clock", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Clock", description = "Emulated time: realtime (with a speed factor) or manual (moves only when advanced)")
class ClockController {

	private static final double MAX_SPEED = 100_000;

	private static final Duration MAX_ADVANCE = Duration.ofDays(366);

	private final SimulationClock clock;

	private final SimulationEngine engine;

	ClockController(SimulationClock clock, SimulationEngine engine) {
		this.clock = clock;
		this.engine = engine;
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ClockView(@JsonProperty("mode") String mode, @JsonProperty("speed") double speed,
			@Schema(description = "ISO-8601, UTC") @JsonProperty("now") String now,
			@Schema(description = "IoTDA format") @JsonProperty("now_iotda") String nowIotda) {

		static ClockView of(SimulationClock clock) {
			Instant now = clock.instant();
			return new ClockView(clock.mode().wireName(), clock.speed(), now.toString(), IotdaTime.format(now));
		}

	}

	record SetClockRequest(@Schema(allowableValues = {
			"realtime", "manual" }) @JsonProperty("mode") String mode, @JsonProperty("speed") Double speed,
			@Schema(description = "ISO-8601 (2026-01-01T00:00:00Z) or IoTDA format (20260101T000000Z), "
					+ "from 1970-01-01T00:00:00Z to 9000-01-01T00:00:00Z") @JsonProperty("now") String now){
	}

	record AdvanceRequest(
			@Schema(description = "ISO-8601 duration, e.g. PT90S") @JsonProperty("duration") String duration,
			@JsonProperty("seconds") Long seconds) {
	}

	record AdvanceResponse(@JsonProperty("clock") ClockView clock, @JsonProperty("from") String from,
			@JsonProperty("steps") int steps, @JsonProperty("subtasks_moved") int subtasksMoved) {
	}

	@GetMapping
	@Operation(summary = "Read the clock")
	ClockView get() {
		return ClockView.of(this.clock);
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set mode, speed and/or time",
			description = "Fields left out stay as they are; a request with one bad field changes nothing. "
					+ "Setting the time moves nothing by itself: to deliver transitions on the way, advance instead. "
					+ "The clock reads 1970-01-01T00:00:00Z to 9000-01-01T00:00:00Z.")
	ClockView set(@RequestBody SetClockRequest request) {
		SimulationClock.Mode mode = this.clock.mode();
		if (request.mode() != null) {
			try {
				mode = SimulationClock.Mode.of(request.mode());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("mode must be realtime or manual.");
			}
		}
		double speed = (request.speed() != null) ? request.speed() : this.clock.speed();
		if (!(speed > 0) || speed > MAX_SPEED) {
			throw new InvalidInputException("speed must be above 0 and at most 100000.");
		}
		Instant now = (request.now() != null) ? parseTime(request.now()) : null;
		this.clock.configure(mode, speed, now);
		return ClockView.of(this.clock);
	}

	@PostMapping(path = "/advance", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Advance the clock",
			description = "Moves the clock forward, stopping at every time a transition falls due on the way, "
					+ "so transitions happen in order and each at its own time. By 0 to 366 days, and never past "
					+ "9000-01-01T00:00:00Z.")
	AdvanceResponse advance(@RequestBody AdvanceRequest request) {
		Duration amount;
		String field;
		if (request.duration() != null) {
			field = "duration";
			try {
				amount = Duration.parse(request.duration());
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException("duration must be an ISO-8601 duration such as PT90S.");
			}
		}
		else if (request.seconds() != null) {
			field = "seconds";
			amount = Duration.ofSeconds(request.seconds());
		}
		else {
			throw new InvalidInputException("give duration (ISO-8601) or seconds.");
		}
		if (amount.isNegative() || amount.compareTo(MAX_ADVANCE) > 0) {
			throw new InvalidInputException(field + " must advance the clock by 0 to 366 days.");
		}
		if (amount.compareTo(Duration.between(this.clock.instant(), SimulationClock.LATEST)) > 0) {
			throw new InvalidInputException(
					field + " would move the clock past " + SimulationClock.LATEST + ", the latest time it reads.");
		}
		SimulationEngine.Advanced advanced = this.engine.advance(amount);
		return new AdvanceResponse(ClockView.of(this.clock), advanced.from().toString(), advanced.steps(),
				advanced.subtasksMoved());
	}

	static Instant parseTime(String value) {
		Instant time;
		try {
			time = Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			try {
				time = IotdaTime.parse(value);
			}
			catch (DateTimeParseException ex2) {
				throw new InvalidInputException("now must be ISO-8601 (2026-01-01T00:00:00Z) or yyyyMMdd'T'HHmmss'Z'.");
			}
		}
		if (!SimulationClock.holds(time)) {
			throw new InvalidInputException(
					"now must be from " + SimulationClock.EARLIEST + " to " + SimulationClock.LATEST + ".");
		}
		return time;
	}

}
