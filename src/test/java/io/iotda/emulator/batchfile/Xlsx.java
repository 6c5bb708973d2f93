package io.iotda.emulator.batchfile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Workbooks for the tests: real ones written by fastexcel's writer, and hand-made zips.
 */
public final class Xlsx {

	private Xlsx() {
	}

	/**
	 * A workbook whose first sheet holds these rows from A1 on ({@code null} leaves a
	 * cell empty); strings and numbers as given.
	 */
	public static byte[] of(List<List<?>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "emulator-tests", "1.0");
			Worksheet sheet = workbook.newWorksheet("Sheet1");
			for (int r = 0; r < rows.size(); r++) {
				List<?> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					Object value = row.get(c);
					if (value instanceof Number number) {
						sheet.value(r, c, number);
					}
					else if (value != null) {
						sheet.value(r, c, value.toString());
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A createDevices file: a header and one row per device. */
	public static byte[] createDevices(int devices) {
		List<List<?>> rows = new java.util.ArrayList<>();
		rows.add(List.of("node_id", "product_id", "device_name", "secret"));
		for (int i = 1; i <= devices; i++) {
			rows.add(List.of("node-" + i, "product-1", "device_" + i, "secret-" + i));
		}
		return of(rows);
	}

	/** A zip of these entries (name to text), as a hand-made, possibly hostile, xlsx. */
	public static byte[] zip(Map<String, String> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A minimal workbook whose one sheet's {@code <sheetData>} is this XML and whose
	 * shared strings are these.
	 */
	public static byte[] withSheetData(String sheetData, List<String> sharedStrings) {
		StringBuilder sst = new StringBuilder(
				"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
		sharedStrings.forEach((text) -> sst.append("<si><t>").append(text).append("</t></si>"));
		sst.append("</sst>");
		return zip(Map.of("[Content_Types].xml",
				"""
						<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
						<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
						<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
						</Types>""",
				"xl/workbook.xml",
				"""
						<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
						<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""",
				"xl/_rels/workbook.xml.rels",
				"""
						<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
						<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
						</Relationships>""",
				"xl/worksheets/sheet1.xml",
				"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheetData
						+ "</sheetData></worksheet>",
				"xl/sharedStrings.xml", sst.toString()));
	}

}
