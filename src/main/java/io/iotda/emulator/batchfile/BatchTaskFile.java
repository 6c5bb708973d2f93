package io.iotda.emulator.batchfile;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An uploaded batch-task file: its data rows in file order, each a map from the
 * normalised column name (the header's, e.g. {@code node_id}, {@code product_id},
 * {@code device_id}, see {@code ColumnNames}) to the cell's text, trimmed. A row holds
 * only the columns whose cells have a value; fully empty rows are not kept.
 */
public record BatchTaskFile(String fileId, String fileName, Instant uploadTime, List<Map<String, String>> rows) {

	public BatchTaskFile {
		rows = rows.stream().map((row) -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList();
	}

}
