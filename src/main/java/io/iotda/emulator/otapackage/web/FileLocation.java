package io.iotda.emulator.otapackage.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Where the package lies: an OBS object (stored as given, never fetched). */
@Schema(name = "FileLocation")
record FileLocation(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(
		message = "file_location.obs_location is required") @Valid @JsonProperty("obs_location") ObsLocationBody obsLocation) {
}
