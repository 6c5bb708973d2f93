package io.iotda.emulator.devicegroup;

import java.util.List;

/**
 * One page of a list: its records, how many match the filters (ignoring paging), and the
 * record id of the last one (null on an empty page).
 */
public record GroupPage<T>(List<T> items, long count, String marker) {

	public GroupPage {
		items = List.copyOf(items);
	}

}
