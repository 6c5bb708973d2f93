package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.ObjectIds;

/**
 * A validated page request (spec section 4, "Paging"): newest first, ids below
 * {@code marker}, {@code offset} of them skipped, at most {@code limit} returned.
 */
public record Paging(String marker, int offset, int limit) {

	public static final int DEFAULT_LIMIT = 10;

	public static final int MAX_LIMIT = 50;

	public static final int MAX_OFFSET = 500;

	public static Paging of(String marker, Integer offset, Integer limit) {
		return new Paging((marker != null) ? marker : ObjectIds.FIRST_MARKER, (offset != null) ? offset : 0,
				(limit != null) ? limit : DEFAULT_LIMIT);
	}

}
