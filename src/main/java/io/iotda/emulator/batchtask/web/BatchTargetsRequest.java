package io.iotda.emulator.batchtask.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.batchtask.BatchOperation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The optional body of stop, retry and confirm: no targets named means the whole task.
 */
@Schema(name = "BatchTargets",
		description = "Targets to act on; none named ({}, {\"targets\":[]} or an empty body) means the whole task")
public record BatchTargetsRequest(
		@ArraySchema(maxItems = BatchOperation.MAX_TARGETS, schema = @Schema(description = "device_id",
				example = "e495cf17-ff79-4294-8f64-4d367919d665")) @JsonProperty("targets") List<String> targets) {

	List<String> namedTargets() {
		return (this.targets != null) ? this.targets : List.of();
	}

}
