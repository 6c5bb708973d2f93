package io.iotda.emulator.batchtask;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Paging of a list: {@code count} is every record matching the filters (the same on every
 * page), {@code marker} the id of the last record on this page, to pass as marker for the
 * next one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Page")
public record PageInfo(@JsonProperty("count") long count, @JsonProperty("marker") String marker) {
}
