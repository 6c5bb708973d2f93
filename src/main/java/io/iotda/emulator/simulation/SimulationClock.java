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
 * <p>
 * It reads only times from {@link #EARLIEST} to {@link #LATEST}: PostgreSQL, H2,
 * {@link java.sql.Timestamp} and the simulator's arithmetic (a time plus any duration it
 * adds) all hold them, and stuck subtasks ({@code 9999-01-01}) stay beyond its reach. A
 * realtime clock that runs into {@link #LATEST} stays there; setting or advancing it
 * outside the range is refused.
 */
public final class SimulationClock extends Clock {

	/** The earliest time the clock reads. */
	public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

	/** The latest time the clock reads. */
	public static final Instant LATEST = Instant.parse("9000-01-01T00:00:00Z");

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
		this.state = new State(mode, checkSpeed(speed), clamp(wall.instant()), nanoTime.getAsLong());
	}

	/** Whether the clock can read {@code time}. */
	public static boolean holds(Instant time) {
		return !time.isBefore(EARLIEST) && !time.isAfter(LATEST);
	}

	@Override
	public Instant instant() {
		return read(this.state);
	}

	private Instant read(State current) {
		if (current.mode() == Mode.MANUAL) {
			return current.anchor();
		}
		long elapsed = Math.max(0, this.nanoTime.getAsLong() - current.anchorNanos());
		double moved = elapsed * current.speed();
		double left = (LATEST.getEpochSecond() - current.anchor().getEpochSecond()) * 1e9 - current.anchor().getNano();
		if (moved >= left) {
			return LATEST;
		}
		if (moved < Long.MAX_VALUE) {
			return current.anchor().plusNanos((long) moved);
		}
		long seconds = (long) (moved / 1e9);
		return current.anchor().plusSeconds(seconds).plusNanos((long) (moved - seconds * 1e9));
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

	/**
	 * Switches mode and speed and sets the time, all or nothing.
	 * @param time the new time, or null to read on from where it is
	 */
	public synchronized void configure(Mode mode, double speed, Instant time) {
		double checked = checkSpeed(speed);
		Instant anchor = (time != null) ? checkTime(time) : instant();
		this.state = new State(mode, checked, anchor, this.nanoTime.getAsLong());
	}

	/** Sets the time (also back, if asked); the mode and speed stay. */
	public synchronized void set(Instant time) {
		State current = this.state;
		this.state = new State(current.mode(), current.speed(), checkTime(time), this.nanoTime.getAsLong());
	}

	/**
	 * Moves the time forward by {@code amount}, at most to {@link #LATEST}; a manual
	 * clock only moves this way.
	 */
	public synchronized Instant advance(Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("the clock only advances forward");
		}
		Instant now = instant();
		if (amount.compareTo(Duration.between(now, LATEST)) > 0) {
			throw new IllegalArgumentException("the clock does not advance past " + LATEST);
		}
		Instant next = now.plus(amount);
		set(next);
		return next;
	}

	/**
	 * Moves the time forward to {@code time} (at most to {@link #LATEST}), never back.
	 */
	public synchronized Instant advanceTo(Instant time) {
		Instant now = instant();
		Instant bounded = clamp(time);
		if (bounded.isAfter(now)) {
			set(bounded);
			return bounded;
		}
		return now;
	}

	/** Back to the wall clock's time, keeping the mode and speed. */
	public synchronized void resetToWallTime() {
		set(clamp(this.wall.instant()));
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

	private static Instant clamp(Instant time) {
		if (time.isBefore(EARLIEST)) {
			return EARLIEST;
		}
		return time.isAfter(LATEST) ? LATEST : time;
	}

	private static Instant checkTime(Instant time) {
		if (!holds(time)) {
			throw new IllegalArgumentException("the clock reads " + EARLIEST + " to " + LATEST + ", not " + time);
		}
		return time;
	}

	private static double checkSpeed(double speed) {
		if (!(speed > 0) || Double.isInfinite(speed)) {
			throw new IllegalArgumentException("speed must be a positive number, got " + speed);
		}
		return speed;
	}

}
