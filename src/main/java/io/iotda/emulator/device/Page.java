package io.iotda.emulator.device;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the records of the page, newest first
 * @param count every record matching the filters, whatever the page
 * @param marker the record id of the page's last record (the next page's marker), or
 * {@code null} for an empty page
 */
public record Page<T>(List<T> items, long count, String marker) {

	public Page {
		items = List.copyOf(items);
	}

}
