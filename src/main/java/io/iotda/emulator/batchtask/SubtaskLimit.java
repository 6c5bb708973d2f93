package io.iotda.emulator.batchtask;

import io.iotda.emulator.batchtask.BatchTaskExceptions.SubtaskLimitReachedException;
import java.util.OptionalLong;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses a create that would store more subtasks than {@link SubtaskLimitProperties}
 * allows. The embedded H2 database keeps every row in the emulator's fixed heap: past its
 * capacity the JVM ends with an OutOfMemoryError and every task is lost, so there a limit
 * applies by default. Checked when a create starts: creates running at the same moment
 * may pass it together.
 */
@Component
class SubtaskLimit {

	/**
	 * The default on the embedded database: five full creates beside the demo data.
	 * Measured with the shipped 256 MB heap, a subtask takes about 0.7 KB of live heap;
	 * 160,000 leave about 90 MB for requests and the simulator, 270,000 left the
	 * collector thrashing and 300,000 ended the JVM (README, Scale).
	 */
	static final long EMBEDDED_DEFAULT = 160_000;

	static final String SETTING = "iotda.limits.max-subtasks";

	private final OptionalLong max;

	private final BatchTaskRepository tasks;

	SubtaskLimit(SubtaskLimitProperties properties, DataSourceProperties dataSource, BatchTaskRepository tasks) {
		this.max = resolve(properties.maxSubtasks(), String.valueOf(dataSource.getUrl()).startsWith("jdbc:h2:"));
		this.tasks = tasks;
	}

	static OptionalLong resolve(String setting, boolean embedded) {
		if ("auto".equals(setting)) {
			return embedded ? OptionalLong.of(EMBEDDED_DEFAULT) : OptionalLong.empty();
		}
		long value = Long.parseLong(setting);
		return (value > 0) ? OptionalLong.of(value) : OptionalLong.empty();
	}

	/** The limit in force, if any. */
	OptionalLong max() {
		return this.max;
	}

	void checkRoomFor(int adding) {
		if (this.max.isEmpty()) {
			return;
		}
		long stored = this.tasks.countSubtasks();
		if (stored + adding > this.max.getAsLong()) {
			throw SubtaskLimitReachedException.of(this.max.getAsLong(), stored, adding);
		}
	}

}
