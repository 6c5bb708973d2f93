package io.iotda.emulator.batchfile.web;

import io.iotda.emulator.batchfile.BatchTaskFileExceptions.UnreadableFileException;
import io.iotda.emulator.web.error.InvalidInputException;
import java.util.Locale;

/**
 * The name an upload is kept under: the file name of its part, without any path a browser
 * may have sent (IoTDA shows 1 to 60 characters), ending in {@code .xlsx} or {@code .xls}
 * as IoTDA asks.
 */
final class FileNames {

	static final int MAX_LENGTH = 60;

	private FileNames() {
	}

	static String check(String sent) {
		String name = (sent != null) ? sent : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		if (name.isEmpty()) {
			throw new InvalidInputException("file must have a file name.");
		}
		if (name.length() > MAX_LENGTH) {
			throw new InvalidInputException("The file name must be at most " + MAX_LENGTH + " characters.");
		}
		for (int i = 0; i < name.length(); i++) {
			if (Character.isISOControl(name.charAt(i))) {
				throw new InvalidInputException("The file name must not hold control characters.");
			}
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".xlsx") && !lower.endsWith(".xls")) {
			throw new UnreadableFileException("Only xlsx and xls files are accepted.");
		}
		return name;
	}

}
