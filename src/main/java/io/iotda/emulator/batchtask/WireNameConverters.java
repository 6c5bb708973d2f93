package io.iotda.emulator.batchtask;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stores the status and type enums as the strings the wire uses, so SQL reads like the
 * API.
 */
final class WireNameConverters {

	private WireNameConverters() {
	}

	/** One enum's converter: its wire name both ways, {@code null} as {@code null}. */
	abstract static class WireNameConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

		private final Function<E, String> wireName;

		private final Function<String, Optional<E>> fromWireName;

		WireNameConverter(Function<E, String> wireName, Function<String, Optional<E>> fromWireName) {
			this.wireName = wireName;
			this.fromWireName = fromWireName;
		}

		@Override
		public String convertToDatabaseColumn(E value) {
			return (value != null) ? this.wireName.apply(value) : null;
		}

		@Override
		public E convertToEntityAttribute(String column) {
			return (column != null) ? this.fromWireName.apply(column).orElseThrow() : null;
		}

	}

	@Converter(autoApply = true)
	public static class TaskTypeConverter extends WireNameConverter<TaskType> {

		public TaskTypeConverter() {
			super(TaskType::wireName, TaskType::fromWireName);
		}

	}

	@Converter(autoApply = true)
	public static class TaskStatusConverter extends WireNameConverter<TaskStatus> {

		public TaskStatusConverter() {
			super(TaskStatus::wireName, TaskStatus::fromWireName);
		}

	}

	@Converter(autoApply = true)
	public static class SubtaskStatusConverter extends WireNameConverter<SubtaskStatus> {

		public SubtaskStatusConverter() {
			super(SubtaskStatus::wireName, SubtaskStatus::fromWireName);
		}

	}

}
