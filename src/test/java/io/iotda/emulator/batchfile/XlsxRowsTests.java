package io.iotda.emulator.batchfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.iotda.emulator.batchfile.BatchTaskFileExceptions.FileTooLargeException;
import io.iotda.emulator.batchfile.BatchTaskFileExceptions.UnreadableFileException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading uploads: the rows of well-formed template files, and the refusals of files the
 * reader must not be given (checked by {@link XlsxGuard} first, as the upload does).
 */
class XlsxRowsTests {

	private final XlsxGuard guard = new XlsxGuard();

	private List<Map<String, String>> read(byte[] file, int maxRows) {
		this.guard.check(file);
		return XlsxRows.read(file, maxRows);
	}

	@Test
	void readsEachDataRowAsAMapFromTheNormalisedHeaderToTheCellText() {
		byte[] file = Xlsx.of(List.of(List.of("Node ID", "productId", "*device_name"),
				List.of("n1", "p1", "first device"), List.of("n2", "p1", "second device")));

		assertThat(read(file, 30_000)).containsExactly(
				Map.of("node_id", "n1", "product_id", "p1", "device_name", "first device"),
				Map.of("node_id", "n2", "product_id", "p1", "device_name", "second device"));
	}

	@Test
	void skipsEmptyRowsAndLeavesOutEmptyCellsAndTrimsValues() {
		byte[] file = Xlsx.of(List.of(List.of(), List.of("device_id", "description"), List.of("  d1 ", "  "), List.of(),
				Arrays.asList(null, null), List.of("d2", "the second")));

		assertThat(read(file, 30_000)).containsExactly(Map.of("device_id", "d1"),
				Map.of("device_id", "d2", "description", "the second"));
	}

	@Test
	void readsNumbersAsWrittenNotInScientificNotation() {
		byte[] file = Xlsx.of(List.of(List.of("node_id", "count"), List.of(861234567890123L, 2)));

		assertThat(read(file, 30_000)).containsExactly(Map.of("node_id", "861234567890123", "count", "2"));
	}

	@Test
	void refusesAFileWithOnlyAHeader() {
		byte[] file = Xlsx.of(List.of(List.of("device_id")));

		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> read(file, 30_000))
			.withMessageContaining("no data rows");
	}

	@Test
	void refusesAnEmptySheet() {
		byte[] file = Xlsx.of(List.of());

		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> read(file, 30_000))
			.withMessageContaining("no header row");
	}

	@Test
	void refusesMoreDataRowsThanTheLimit() {
		byte[] file = Xlsx.createDevices(4);

		assertThat(read(file, 4)).hasSize(4);
		assertThatExceptionOfType(FileTooLargeException.class).isThrownBy(() -> read(file, 3))
			.withMessageContaining("more than 3 data rows");
	}

	@Test
	void refusesAHeaderThatNamesNoFieldOrNamesOneTwice() {
		assertThatExceptionOfType(UnreadableFileException.class)
			.isThrownBy(() -> read(Xlsx.of(List.of(List.of("设备标识"), List.of("d1"))), 10))
			.withMessageContaining("names no field");
		assertThatExceptionOfType(UnreadableFileException.class)
			.isThrownBy(() -> read(Xlsx.of(List.of(List.of("device_id", "deviceId"), List.of("d1", "d2"))), 10))
			.withMessageContaining("device_id twice");
	}

	@Test
	void refusesAValueInAColumnWithoutAHeader() {
		byte[] file = Xlsx.of(List.of(Arrays.asList("device_id", null), List.of("d1", "stray")));

		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> read(file, 10))
			.withMessageContaining("column B, which has no header");
	}

	@Test
	void refusesWhatIsNoXlsxWorkbook() {
		assertThatExceptionOfType(UnreadableFileException.class)
			.isThrownBy(() -> read("node_id,product_id\nn1,p1\n".getBytes(), 10))
			.withMessage("Invalid input data. The file is not an xlsx workbook.");
		byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> read(xls, 10))
			.withMessageContaining(".xls");
		assertThatExceptionOfType(UnreadableFileException.class)
			.isThrownBy(() -> read(Xlsx.zip(Map.of("readme.txt", "not a workbook")), 10))
			.withMessageContaining("not a readable xlsx workbook");
	}

	@Test
	void refusesACellReferenceNoWorksheetHas() {
		// the reader would size the row for some 300 million cells
		byte[] file = Xlsx.withSheetData("<row r=\"1\"><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
				List.of());

		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> read(file, 10))
			.withMessageContaining("cell reference");
	}

	@Test
	void refusesASharedStringIndexTheWorkbookDoesNotHave() {
		// the reader would add empty strings up to index two billion
		byte[] file = Xlsx.withSheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2000000000</v></c></row>",
				List.of("device_id"));

		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> read(file, 10))
			.withMessageContaining("shared string 2000000000");
	}

	@Test
	void readsAHandMadeWorkbookWithSharedAndInlineStrings() {
		byte[] file = Xlsx.withSheetData(
				"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
						+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>d1</t></is></c></row>",
				List.of("device_id"));

		assertThat(read(file, 10)).containsExactly(Map.of("device_id", "d1"));
	}

	@Test
	void refusesAZipBomb() {
		// one sheet that decompresses to more than the guard reads in all
		String row = "<row><c t=\"inlineStr\"><is><t>" + "x".repeat(1000) + "</t></is></c></row>";
		byte[] file = Xlsx.withSheetData(row.repeat((int) (XlsxGuard.MAX_UNCOMPRESSED_BYTES / row.length()) + 10),
				List.of());

		assertThat(file.length).isLessThan(1024 * 1024);
		assertThatExceptionOfType(FileTooLargeException.class).isThrownBy(() -> read(file, 10))
			.withMessageContaining("decompresses to more than");
	}

}
