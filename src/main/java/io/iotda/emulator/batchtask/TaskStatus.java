package io.iotda.emulator.batchtask;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.Optional;

/** Status of a batch task ({@code Waitting} has two t's, as on the real service). */
@Schema(name = "TaskStatus", enumAsRef = true, example = "Processing", description = """
		Status of a task (Waitting has two t's). Finished: Success, Fail, PartialSuccess, Stopped.""")
public enum TaskStatus {

	INITIALIZING("Initializing"), WAITTING("Waitting"), PROCESSING("Processing"), SUCCESS("Success"), FAIL("Fail"),
	PARTIAL_SUCCESS("PartialSuccess"), STOPPED("Stopped"), STOPPING("Stopping");

	private final String wireName;

	TaskStatus(String wireName) {
		this.wireName = wireName;
	}

	@JsonValue
	public String wireName() {
		return this.wireName;
	}

	/** Success, Fail, PartialSuccess and Stopped: nothing moves any more. */
	public boolean isFinished() {
		return this == SUCCESS || this == FAIL || this == PARTIAL_SUCCESS || this == STOPPED;
	}

	public static Optional<TaskStatus> fromWireName(String name) {
		return Arrays.stream(values()).filter((status) -> status.wireName.equals(name)).findFirst();
	}

}
