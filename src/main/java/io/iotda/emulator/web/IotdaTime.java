package io.iotda.emulator.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * IoTDA's time format, {@code yyyyMMdd'T'HHmmss'Z'} in UTC, as in {@code create_time},
 * {@code schedule_time}, notifications' {@code event_time} and the SDKs'
 * {@code X-Sdk-Date}: one definition for every module. Strict: a day that does not exist
 * ({@code 20240230}) does not parse.
 */
public final class IotdaTime {

	public static final String PATTERN = "yyyyMMdd'T'HHmmss'Z'";

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withResolverStyle(ResolverStyle.STRICT)
		.withZone(ZoneOffset.UTC);

	private IotdaTime() {
	}

	public static String format(Instant instant) {
		return FORMAT.format(instant);
	}

	/**
	 * The instant {@code text} names.
	 * @throws DateTimeParseException if it is not in IoTDA's time format
	 */
	public static Instant parse(String text) {
		return LocalDateTime.parse(text, FORMAT).toInstant(ZoneOffset.UTC);
	}

}
