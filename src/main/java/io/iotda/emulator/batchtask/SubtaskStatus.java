package io.iotda.emulator.batchtask;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Status of one subtask, that is of one target device within a batch task. */
@Schema(name = "SubtaskStatus", enumAsRef = true, example = "Waitting", description = """
		Status of one subtask (Waitting has two t's). Active: Waitting, Processing, FailWaitRetry.""")
public enum SubtaskStatus {

	WAITTING("Waitting"), PROCESSING("Processing"), SUCCESS("Success"), FAIL("Fail"), FAIL_WAIT_RETRY("FailWaitRetry"),
	STOPPED("Stopped"), REMOVED("Removed");

	/** Waitting, Processing and FailWaitRetry: the subtask still runs. */
	public static final Set<SubtaskStatus> ACTIVE = EnumSet.of(WAITTING, PROCESSING, FAIL_WAIT_RETRY);

	private final String wireName;

	SubtaskStatus(String wireName) {
		this.wireName = wireName;
	}

	@JsonValue
	public String wireName() {
		return this.wireName;
	}

	public static Optional<SubtaskStatus> fromWireName(String name) {
		return Arrays.stream(values()).filter((status) -> status.wireName.equals(name)).findFirst();
	}

}
