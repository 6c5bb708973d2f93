package io.iotda.emulator.emulator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Demo data: tasks a new user can stop from Swagger UI at once.
 *
 * @param enabled {@code auto} (on with the embedded database, off with PostgreSQL),
 * {@code true} or {@code false}
 * @param projectId the project the demo tasks belong to
 */
@Validated
@ConfigurationProperties("iotda.demo")
public record DemoDataProperties(@NotBlank @Pattern(regexp = "auto|true|false") @DefaultValue("auto") String enabled,
		@NotBlank @DefaultValue("demo") String projectId) {
}
