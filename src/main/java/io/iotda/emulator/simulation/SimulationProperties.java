package io.iotda.emulator.simulation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How simulated devices behave over time.
 *
 * @param clock the clock the whole service reads
 * @param seed makes outcomes and durations reproducible: same seed, same run
 * @param startDelayMin how long a subtask stays {@code Waitting} once its task has
 * started, at least ({@code startDelayMax} at most)
 * @param startDelayMax see {@code startDelayMin}
 * @param upgradeDurationMin how long one attempt of an upgrade subtask stays
 * {@code Processing}, at least ({@code upgradeDurationMax} at most)
 * @param upgradeDurationMax see {@code upgradeDurationMin}
 * @param otherDurationMin the same for the other task types (commands, messages, shadows,
 * devices)
 * @param otherDurationMax see {@code otherDurationMin}
 * @param successRate the share of attempts that succeed when no outcome rule matches the
 * device
 * @param failureCode {@code task_details.error.error_code} of a failure no rule scripted
 * (emulator)
 * @param failureMessage its {@code error_msg}
 * @param tickInterval how often the simulator looks for due work in {@code realtime} mode
 * @param batchSize subtasks moved per statement batch
 * @param rowsPerTransaction subtasks moved per task and transaction before the row lock
 * is let go
 */
@Validated
@ConfigurationProperties("iotda.simulation")
public record SimulationProperties(@Valid @NotNull @DefaultValue ClockSettings clock, @DefaultValue("42") long seed,
		@NotNull @DefaultValue("3s") Duration startDelayMin, @NotNull @DefaultValue("10s") Duration startDelayMax,
		@NotNull @DefaultValue("20s") Duration upgradeDurationMin,
		@NotNull @DefaultValue("120s") Duration upgradeDurationMax,
		@NotNull @DefaultValue("2s") Duration otherDurationMin, @NotNull @DefaultValue("10s") Duration otherDurationMax,
		@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("1.0") double successRate,
		@NotBlank @DefaultValue("IOTDA.EMULATOR.DEVICE_FAILURE") String failureCode,
		@NotBlank @DefaultValue("The device reported a failure (emulated).") String failureMessage,
		@NotNull @DefaultValue("250ms") Duration tickInterval, @Min(1) @Max(5000) @DefaultValue("1000") int batchSize,
		@Min(1) @DefaultValue("10000") int rowsPerTransaction) {

	public SimulationProperties {
		new Range(startDelayMin, startDelayMax);
		new Range(upgradeDurationMin, upgradeDurationMax);
		new Range(otherDurationMin, otherDurationMax);
	}

	Range startDelay() {
		return new Range(this.startDelayMin, this.startDelayMax);
	}

	Range upgradeDuration() {
		return new Range(this.upgradeDurationMin, this.upgradeDurationMax);
	}

	Range otherDuration() {
		return new Range(this.otherDurationMin, this.otherDurationMax);
	}

	/**
	 * @param mode {@code realtime} (moves with the wall clock, times {@code speed}) or
	 * {@code manual} (moves only when advanced through the control plane)
	 * @param speed how much faster than the wall clock emulated time runs in
	 * {@code realtime} mode
	 */
	public record ClockSettings(@NotBlank @Pattern(regexp = "realtime|manual") @DefaultValue("realtime") String mode,
			@DecimalMin(value = "0.0", inclusive = false) @DecimalMax("100000.0") @DefaultValue("1.0") double speed) {
	}

	/**
	 * A range of durations; each device gets a seeded value inside it, in whole seconds.
	 */
	public record Range(@NotNull Duration min, @NotNull Duration max) {

		public Range {
			if (min != null && max != null && (min.isNegative() || max.compareTo(min) < 0)) {
				throw new IllegalArgumentException("a range needs 0 <= min <= max, got " + min + ".." + max);
			}
		}

	}

}
