package io.iotda.emulator.batchtask.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer of stop, retry and confirm. */
@Schema(name = "BatchTargetResults",
		description = "One result per distinct named target, in request order; empty when no targets were named")
public record BatchTargetsResponse(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("targets") List<BatchTargetResult> targets) {
}
