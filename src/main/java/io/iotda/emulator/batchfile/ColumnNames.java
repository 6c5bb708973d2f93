package io.iotda.emulator.batchfile;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Header cells to field names. IoTDA's templates head each column with the field it
 * holds; whatever the spelling of the header ({@code node_id}, {@code nodeId},
 * {@code Node ID}, {@code *node_id}, {@code node_id(required)}), the column is known by
 * the snake_case name of the field: {@code node_id}. In order: a note after a line break
 * or in brackets is dropped, so are the {@code *} marks of a required column; camelCase
 * becomes snake_case; spaces, {@code -} and {@code .} become {@code _}; all is lower
 * case. What is left must be a letter followed by up to 63 letters, digits and {@code _}.
 */
final class ColumnNames {

	private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.]+");

	private ColumnNames() {
	}

	/** The field a header names, or empty when it names none. */
	static Optional<String> normalise(String header) {
		String name = header;
		for (String noteStart : new String[] { "\n", "\r", "(", "（", "[" }) {
			int at = name.indexOf(noteStart);
			if (at >= 0) {
				name = name.substring(0, at);
			}
		}
		name = name.strip();
		while (name.startsWith("*")) {
			name = name.substring(1).strip();
		}
		while (name.endsWith("*")) {
			name = name.substring(0, name.length() - 1).strip();
		}
		name = CAMEL_HUMP.matcher(name).replaceAll("_");
		name = SEPARATORS.matcher(name).replaceAll("_").toLowerCase(Locale.ROOT);
		name = name.replaceAll("_+", "_");
		return FIELD_NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
	}

}
