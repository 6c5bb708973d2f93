package io.iotda.emulator.batchtask;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores the status and type enums as the strings the wire uses, so SQL reads like the
 * API.
 */
final class WireNameConverters {

	private WireNameConverters() {
	}

	@Converter(autoApply = true)
	public static class TaskTypeConverter implements AttributeConverter<TaskType, String> {

		@Override
		public String convertToDatabaseColumn(TaskType value) {
			return (value != null) ? value.wireName() : null;
		}

		@Override
		public TaskType convertToEntityAttribute(String column) {
			return (column != null) ? TaskType.fromWireName(column).orElseThrow() : null;
		}

	}

	@Converter(autoApply = true)
	public static class TaskStatusConverter implements AttributeConverter<TaskStatus, String> {

		@Override
		public String convertToDatabaseColumn(TaskStatus value) {
			return (value != null) ? value.wireName() : null;
		}

		@Override
		public TaskStatus convertToEntityAttribute(String column) {
			return (column != null) ? TaskStatus.fromWireName(column).orElseThrow() : null;
		}

	}

	@Converter(autoApply = true)
	public static class SubtaskStatusConverter implements AttributeConverter<SubtaskStatus, String> {

		@Override
		public String convertToDatabaseColumn(SubtaskStatus value) {
			return (value != null) ? value.wireName() : null;
		}

		@Override
		public SubtaskStatus convertToEntityAttribute(String column) {
			return (column != null) ? SubtaskStatus.fromWireName(column).orElseThrow() : null;
		}

	}

}
