package io.iotda.emulator.simulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;

/**
 * The clock the whole service reads. In {@code realtime} mode it runs with the wall
 * clock, times a speed factor; in {@code manual} mode it stands still until it is
 * advanced or set. It never goes back by itself; setting it back is the caller's explicit
 * choice.
 */
public final class SimulationClock extends Clock {

	public enum Mode {

		REALTIME, MANUAL;

		public static Mode of(String name) {
			return Mode.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
		}

		public String wireName() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * What the clock reads at wall-clock nanos {@code anchorNanos}, and how it moves from
	 * there.
	 */
	private record State(Mode mode, double speed, Instant anchor, long anchorNanos) {
	}

	private final LongSupplier nanoTime;

	private final Clock wall;

	private volatile State state;

	public SimulationClock(Mode mode, double speed) {
		this(mode, speed, Clock.systemUTC(), System::nanoTime);
	}

	SimulationClock(Mode mode, double speed, Clock wall, LongSupplier nanoTime) {
		this.wall = wall;
		this.nanoTime = nanoTime;
		this.state = new State(mode, checkSpeed(speed), wall.instant(), nanoTime.getAsLong());
	}

	@Override
	public Instant instant() {
		return read(this.state);
	}

	private Instant read(State current) {
		if (current.mode() == Mode.MANUAL) {
			return current.anchor();
		}
		long elapsed = this.nanoTime.getAsLong() - current.anchorNanos();
		return current.anchor().plusNanos((long) (elapsed * current.speed()));
	}

	public Mode mode() {
		return this.state.mode();
	}

	public double speed() {
		return this.state.speed();
	}

	/** Switches mode and speed; the time reads on from where it is. */
	public synchronized void configure(Mode mode, double speed) {
		this.state = new State(mode, checkSpeed(speed), instant(), this.nanoTime.getAsLong());
	}

	/** Sets the time (also back, if asked); the mode and speed stay. */
	public synchronized void set(Instant time) {
		State current = this.state;
		this.state = new State(current.mode(), current.speed(), time, this.nanoTime.getAsLong());
	}

	/** Moves the time forward by {@code amount}; a manual clock only moves this way. */
	public synchronized Instant advance(Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("the clock only advances forward");
		}
		Instant next = instant().plus(amount);
		set(next);
		return next;
	}

	/** Moves the time forward to {@code time}, never back. */
	public synchronized Instant advanceTo(Instant time) {
		Instant now = instant();
		if (time.isAfter(now)) {
			set(time);
			return time;
		}
		return now;
	}

	/** Back to the wall clock's time, keeping the mode and speed. */
	public synchronized void resetToWallTime() {
		set(this.wall.instant());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		if (ZoneOffset.UTC.equals(zone)) {
			return this;
		}
		SimulationClock outer = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return outer.withZone(other);
			}

			@Override
			public Instant instant() {
				return outer.instant();
			}

		};
	}

	private static double checkSpeed(double speed) {
		if (!(speed > 0) || Double.isInfinite(speed)) {
			throw new IllegalArgumentException("speed must be a positive number, got " + speed);
		}
		return speed;
	}

}
