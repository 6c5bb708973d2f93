package io.iotda.emulator.batchfile;

import io.iotda.emulator.batchfile.BatchTaskFileExceptions.FileTooLargeException;
import io.iotda.emulator.batchfile.BatchTaskFileExceptions.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the rows of an uploaded xlsx, laid out as IoTDA's batch-task templates: on the
 * first sheet, the first row with a value is the header, each of its cells naming the
 * field of its column ({@link ColumnNames}); every later row with a value is one data
 * row. Cells are read as text, trimmed: numbers as written ({@code 861234567890123}, not
 * {@code 8.61234567890123E14}), formulas as their cached value.
 */
final class XlsxRows {

	/** The longest cell text kept: more than any IoTDA field takes. */
	static final int MAX_CELL_LENGTH = 4096;

	private XlsxRows() {
	}

	/**
	 * The data rows of the workbook, in file order: one map per row from column name to
	 * value, holding only the cells that have one. The workbook has been checked by
	 * {@link XlsxGuard}.
	 * @throws UnreadableFileException when it has no header, no data row, a header that
	 * names no field, or a value in a column without a header
	 * @throws FileTooLargeException when it has more than {@code maxRows} data rows
	 */
	static List<Map<String, String>> read(byte[] xlsx, int maxRows) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheets()
				.findFirst()
				.orElseThrow(() -> new UnreadableFileException("The workbook has no sheet."));
			try (Stream<Row> rows = sheet.openStream()) {
				return dataRows(rows.iterator(), maxRows);
			}
		}
		catch (UnreadableFileException | FileTooLargeException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableFileException("The file is not a readable xlsx workbook.");
		}
	}

	private static List<Map<String, String>> dataRows(Iterator<Row> rows, int maxRows) {
		Map<Integer, String> columns = null;
		List<Map<String, String>> data = new ArrayList<>();
		while (rows.hasNext()) {
			Row row = rows.next();
			Map<Integer, String> values = values(row);
			if (values.isEmpty()) {
				continue;
			}
			if (columns == null) {
				columns = header(values);
				continue;
			}
			if (data.size() == maxRows) {
				throw new FileTooLargeException("The file holds more than " + maxRows + " data rows.");
			}
			Map<String, String> named = new LinkedHashMap<>();
			for (Map.Entry<Integer, String> cell : values.entrySet()) {
				String column = columns.get(cell.getKey());
				if (column == null) {
					throw new UnreadableFileException("Data row " + (data.size() + 1) + " holds a value in column "
							+ CellAddress.convertNumToColString(cell.getKey()) + ", which has no header.");
				}
				named.put(column, cell.getValue());
			}
			data.add(named);
		}
		if (columns == null) {
			throw new UnreadableFileException("The first sheet is empty: it has no header row.");
		}
		if (data.isEmpty()) {
			throw new UnreadableFileException("The file holds no data rows, only a header.");
		}
		return data;
	}

	/** The header's column names by column index, in column order. */
	private static Map<Integer, String> header(Map<Integer, String> cells) {
		Map<Integer, String> columns = new LinkedHashMap<>();
		Set<String> seen = new LinkedHashSet<>();
		for (Map.Entry<Integer, String> cell : cells.entrySet()) {
			String column = ColumnNames.normalise(cell.getValue())
				.orElseThrow(() -> new UnreadableFileException("The header '" + abbreviate(cell.getValue())
						+ "' names no field: a header is a field name " + "such as node_id or device_id."));
			if (!seen.add(column)) {
				throw new UnreadableFileException("The header names column " + column + " twice.");
			}
			columns.put(cell.getKey(), column);
		}
		return columns;
	}

	/** The row's non-blank cells, trimmed, by column index. */
	private static Map<Integer, String> values(Row row) {
		Map<Integer, String> values = new LinkedHashMap<>();
		for (Cell cell : row) {
			if (cell == null) {
				continue;
			}
			String text = text(cell).strip();
			if (text.isEmpty()) {
				continue;
			}
			if (text.length() > MAX_CELL_LENGTH) {
				throw new UnreadableFileException(
						"Cell " + cell.getAddress() + " holds more than " + MAX_CELL_LENGTH + " characters.");
			}
			values.put(cell.getColumnIndex(), text);
		}
		return values;
	}

	private static String text(Cell cell) {
		if (cell.getType() == CellType.NUMBER) {
			return plainNumber(cell.getRawValue()).orElse(cell.getRawValue());
		}
		return cell.getText();
	}

	/**
	 * A number as written in full ({@code 8.61234567890123E14} is
	 * {@code 861234567890123}), when its exponent is small enough to be written out.
	 */
	private static Optional<String> plainNumber(String raw) {
		if (raw == null || (raw.indexOf('E') < 0 && raw.indexOf('e') < 0)) {
			return Optional.ofNullable(raw);
		}
		try {
			BigDecimal number = new BigDecimal(raw);
			return (Math.abs(number.scale()) <= 30) ? Optional.of(number.toPlainString()) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "..." : text;
	}

}
