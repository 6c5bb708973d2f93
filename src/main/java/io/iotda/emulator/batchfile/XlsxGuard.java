package io.iotda.emulator.batchfile;

import io.iotda.emulator.batchfile.BatchTaskFileExceptions.FileTooLargeException;
import io.iotda.emulator.batchfile.BatchTaskFileExceptions.UnreadableFileException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Looks through an upload before the xlsx reader does, so that a hostile file is refused
 * instead of exhausting the heap (the emulator runs in 256 MB and exits on an
 * out-of-memory error). The reader trusts its input: it decompresses whatever an entry
 * holds, sizes a row's cell list by the column a cell reference names ({@code XFD1} is
 * 16,384 cells, {@code ZZZZZZ1} some 300 million), and reads the shared strings up to any
 * index a cell names, adding empty strings past the end. So every entry is decompressed
 * here once, counting the bytes, and every XML entry is scanned:
 * <ul>
 * <li>at most {@value #MAX_ENTRIES} entries and {@value #MAX_UNCOMPRESSED_BYTES} bytes
 * decompressed in all (a zip bomb stops there);</li>
 * <li>a cell reference must be a real one: a column up to {@code XFD}, a row up to
 * 1,048,576;</li>
 * <li>a shared-string cell must name a string the workbook has (fewer than the
 * {@code <si>} items in all entries, at most {@value #MAX_SHARED_STRINGS});</li>
 * <li>at most {@value #MAX_FORMULAS} formulas (the reader matches each cell against every
 * array formula).</li>
 * </ul>
 * The reader opens the same bytes through the same zip implementation, so it can read
 * nothing this did not count.
 */
final class XlsxGuard {

	static final int MAX_ENTRIES = 1000;

	static final long MAX_UNCOMPRESSED_BYTES = 64L * 1024 * 1024;

	static final int MAX_SHARED_STRINGS = 1_000_000;

	static final int MAX_FORMULAS = 1000;

	static final int MAX_COLUMN = 16_384;

	static final int MAX_ROW = 1_048_576;

	private static final Pattern CELL_REFERENCE = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?([0-9]{1,7})");

	private static final byte[] ZIP_SIGNATURE = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2_SIGNATURE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private final XMLInputFactory xml;

	XlsxGuard() {
		// the XML parser the xlsx reader uses, set up as it does: no DTDs, no external
		// entities
		this.xml = new com.fasterxml.aalto.stax.InputFactoryImpl();
		this.xml.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		this.xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
	}

	/**
	 * Refuses what the xlsx reader must not be given.
	 * @throws UnreadableFileException when it is no xlsx workbook or a hostile one
	 * @throws FileTooLargeException when it decompresses to too much
	 */
	void check(byte[] file) {
		if (startsWith(file, OLE2_SIGNATURE)) {
			throw new UnreadableFileException(
					"The file is an Excel 97-2003 (.xls) workbook; the emulator reads .xlsx workbooks only.");
		}
		if (!startsWith(file, ZIP_SIGNATURE)) {
			throw new UnreadableFileException("The file is not an xlsx workbook.");
		}
		Scan scan = new Scan();
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file)).get()) {
			List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
			if (entries.size() > MAX_ENTRIES) {
				throw new UnreadableFileException("The workbook holds more than " + MAX_ENTRIES + " parts.");
			}
			for (ZipArchiveEntry entry : entries) {
				if (!entry.isDirectory()) {
					try (CountingStream in = new CountingStream(zip.getInputStream(entry), scan)) {
						scanXml(in, scan);
						in.transferTo(OutputStream.nullOutputStream());
					}
				}
			}
		}
		catch (UnreadableFileException | FileTooLargeException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			if (ex.getCause() instanceof FileTooLargeException tooLarge) {
				throw tooLarge;
			}
			throw new UnreadableFileException("The file is not a readable xlsx workbook.");
		}
		if (scan.largestSharedIndex >= scan.sharedStrings) {
			throw new UnreadableFileException("A cell refers to shared string " + scan.largestSharedIndex
					+ ", which the workbook does not have.");
		}
	}

	/** Scans one entry as XML; an entry that is not XML is only counted. */
	private void scanXml(InputStream in, Scan scan) throws IOException {
		XMLStreamReader reader;
		try {
			reader = this.xml.createXMLStreamReader(in);
		}
		catch (XMLStreamException ex) {
			return;
		}
		try {
			// as the reader has it: after a shared-string cell starts, the first <v> (at
			// any
			// depth) before a cell ends holds the index
			boolean sharedStringCell = false;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("c")) {
					sharedStringCell = false;
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				switch (reader.getLocalName()) {
					case "c" -> {
						checkReference(reader.getAttributeValue(null, "r"));
						sharedStringCell |= "s".equals(reader.getAttributeValue(null, "t"));
					}
					case "v" -> {
						if (sharedStringCell) {
							scan.sharedIndex(textOf(reader));
							sharedStringCell = false;
						}
					}
					case "si" -> scan.sharedString();
					case "f" -> scan.formula();
					default -> {
					}
				}
			}
		}
		catch (XMLStreamException ex) {
			// not (or not wholly) XML: the rest is only counted; the reader would fail on
			// it
			// at the same place
			if (ex.getCause() instanceof FileTooLargeException tooLarge) {
				throw tooLarge;
			}
		}
		finally {
			try {
				reader.close();
			}
			catch (XMLStreamException ex) {
				// nothing held
			}
		}
	}

	/**
	 * The text of the element the reader is at, up to its end, as the xlsx reader joins
	 * it: every text inside, whatever elements it is nested in.
	 */
	private static String textOf(XMLStreamReader reader) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (reader.hasNext() && depth > 0) {
			int event = reader.next();
			if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				text.append(reader.getText());
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return text.toString();
	}

	private static void checkReference(String reference) {
		if (reference == null) {
			return;
		}
		Matcher matcher = CELL_REFERENCE.matcher(reference);
		if (!matcher.matches() || columnOf(matcher.group(1)) > MAX_COLUMN || Integer.parseInt(matcher.group(2)) < 1
				|| Integer.parseInt(matcher.group(2)) > MAX_ROW) {
			throw new UnreadableFileException("The workbook holds a cell reference no worksheet has.");
		}
	}

	private static int columnOf(String letters) {
		int column = 0;
		for (char c : letters.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
			column = column * 26 + (c - 'A' + 1);
		}
		return column;
	}

	private static boolean startsWith(byte[] file, byte[] signature) {
		if (file.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (file[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

	/** What the scan of all entries found. */
	private static final class Scan {

		long uncompressed;

		long sharedStrings;

		long largestSharedIndex = -1;

		int formulas;

		void count(long bytes) {
			this.uncompressed += bytes;
			if (this.uncompressed > MAX_UNCOMPRESSED_BYTES) {
				throw new FileTooLargeException(
						"The workbook decompresses to more than " + MAX_UNCOMPRESSED_BYTES / (1024 * 1024) + " MB.");
			}
		}

		void sharedString() {
			if (++this.sharedStrings > MAX_SHARED_STRINGS) {
				throw new UnreadableFileException(
						"The workbook holds more than " + MAX_SHARED_STRINGS + " shared strings.");
			}
		}

		void sharedIndex(String text) {
			long index;
			try {
				index = Long.parseLong(text);
			}
			catch (NumberFormatException ex) {
				throw new UnreadableFileException("A shared-string cell holds no string index.");
			}
			if (index < 0) {
				throw new UnreadableFileException("A shared-string cell holds a negative index.");
			}
			this.largestSharedIndex = Math.max(this.largestSharedIndex, index);
		}

		void formula() {
			if (++this.formulas > MAX_FORMULAS) {
				throw new UnreadableFileException("The workbook holds more than " + MAX_FORMULAS + " formulas.");
			}
		}

	}

	/** Counts the decompressed bytes of an entry into the scan's total. */
	private static final class CountingStream extends FilterInputStream {

		private final Scan scan;

		CountingStream(InputStream in, Scan scan) {
			super(in);
			this.scan = scan;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.scan.count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.scan.count(n);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			// read, not skipped: every byte is counted
			return read(new byte[(int) Math.min(n, 8192)]);
		}

	}

}
