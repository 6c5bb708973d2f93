package io.iotda.emulator.devicegroup;

import io.iotda.emulator.web.ObjectIds;

/**
 * IoTDA's paging of a list: newest first, records below {@code marker}, {@code offset} of
 * them skipped, at most {@code limit} returned.
 */
public record GroupPaging(String marker, int offset, int limit) {

	public static final int DEFAULT_LIMIT = 10;

	public static final int MAX_LIMIT = 50;

	public static final int MAX_OFFSET = 500;

	/** The page asked for, with IoTDA's defaults for what is not given. */
	public static GroupPaging of(String marker, Integer offset, Integer limit) {
		return new GroupPaging((marker != null) ? marker : ObjectIds.FIRST_MARKER, (offset != null) ? offset : 0,
				(limit != null) ? limit : DEFAULT_LIMIT);
	}

}
