package io.iotda.emulator.device;

import io.iotda.emulator.web.ObjectIds;

/**
 * IoTDA's paging of a list: newest first, records below {@code marker}, {@code offset} of
 * them skipped, at most {@code limit} returned.
 */
public record PageRequest(String marker, int offset, int limit) {

	public static final int DEFAULT_LIMIT = 10;

	public static final int MAX_LIMIT = 50;

	public static final int MAX_OFFSET = 500;

	/**
	 * The page the parameters name, defaults filled in (they are checked by the caller).
	 */
	public static PageRequest of(String marker, Integer offset, Integer limit) {
		return new PageRequest((marker != null) ? marker : ObjectIds.FIRST_MARKER, (offset != null) ? offset : 0,
				(limit != null) ? limit : DEFAULT_LIMIT);
	}

	/** The first page of at most {@value #MAX_LIMIT} records. */
	public static PageRequest first() {
		return new PageRequest(ObjectIds.FIRST_MARKER, 0, MAX_LIMIT);
	}

}
