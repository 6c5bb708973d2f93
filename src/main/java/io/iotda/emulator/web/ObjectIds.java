package io.iotda.emulator.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Record ids shaped like the real service's (MongoDB ObjectIds): 24 lower-case hex
 * digits, a seconds timestamp first, then a per-process random part, then a counter. Ids
 * of one process increase with creation, so descending id is newest first. Wall-clock
 * time is used, not the emulator's clock, so that setting the emulated clock back never
 * makes ids go back.
 */
public final class ObjectIds {

	/** What a task id may look like on the wire: at most 24 of {@code a-f0-9}. */
	public static final String TASK_ID_PATTERN = "^[a-f0-9]{1,24}$";

	/** What a paging marker looks like: exactly 24 of {@code a-f0-9}. */
	public static final String MARKER_PATTERN = "^[a-f0-9]{24}$";

	/** The marker meaning "from the newest record on". */
	public static final String FIRST_MARKER = "ffffffffffffffffffffffff";

	private static final Pattern MARKER = Pattern.compile(MARKER_PATTERN);

	private static final String PROCESS_PART;

	static {
		byte[] random = new byte[5];
		new SecureRandom().nextBytes(random);
		PROCESS_PART = HexFormat.of().formatHex(random);
	}

	// seconds in the high bits, a counter in the low 24: one atomic value keeps both
	// monotonic
	private static final AtomicLong last = new AtomicLong();

	private ObjectIds() {
	}

	public static String next() {
		long seconds = System.currentTimeMillis() / 1000;
		long value = last.updateAndGet((previous) -> {
			long floor = seconds << 24;
			return (previous + 1 > floor) ? previous + 1 : floor;
		});
		long timestamp = value >>> 24;
		long counter = value & 0xFFFFFF;
		return String.format("%08x", timestamp & 0xFFFFFFFFL) + PROCESS_PART + String.format("%06x", counter);
	}

	public static boolean isMarker(String value) {
		return value != null && MARKER.matcher(value).matches();
	}

}
