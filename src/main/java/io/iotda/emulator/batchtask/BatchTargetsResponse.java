package io.iotda.emulator.batchtask;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer of stop, retry and confirm. */
@Schema(name = "BatchTargetResults")
public record BatchTargetsResponse(@JsonProperty("targets") List<BatchTargetResult> targets) {
}
