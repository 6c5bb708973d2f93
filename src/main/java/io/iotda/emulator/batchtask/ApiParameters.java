package io.iotda.emulator.batchtask;

import io.iotda.emulator.web.ErrorBody;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The path and header parameters every batch-task operation shares, with their rules and
 * docs.
 */
final class ApiParameters {

	private ApiParameters() {
	}

}

@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = BatchTaskController.PROJECT_ID_PATTERN, message = "must be 1 to 64 of A-Za-z0-9_-")
@Parameter(in = ParameterIn.PATH, name = "project_id", required = true, description = "Project id", example = "demo",
		schema = @Schema(type = "string", pattern = BatchTaskController.PROJECT_ID_PATTERN))
@interface ProjectId {

	String message() default "must be 1 to 64 of A-Za-z0-9_-";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = ObjectIds.TASK_ID_PATTERN, message = "must be at most 24 of a-f0-9")
@Parameter(in = ParameterIn.PATH, name = "task_id", required = true,
		description = "Batch task id: at most 24 characters, only a-f and 0-9", example = "64a1f0c2d3e4f5a6b7c8d9e0",
		schema = @Schema(type = "string", maxLength = 24, pattern = ObjectIds.TASK_ID_PATTERN))
@interface TaskId {

	String message() default "must be at most 24 of a-f0-9";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Size(min = 1, max = 36, message = "must be 1 to 36 characters")
@Parameter(in = ParameterIn.HEADER, name = "Instance-Id", required = false,
		description = "IoTDA instance id; tasks are scoped by project and instance. Absent: the default instance.",
		schema = @Schema(type = "string", minLength = 1, maxLength = 36))
@interface InstanceId {

	String message() default "must be 1 to 36 characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(in = ParameterIn.HEADER, name = "X-Auth-Token", required = false,
		description = "IAM user token (X-Subject-Token of POST /v3/auth/tokens). SDK clients sign with Authorization instead.",
		schema = @Schema(type = "string"))
@interface AuthToken {

}

@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400", description = "Bad Request (IOTDA.000006, IOTDA.000008, IOTDA.000017, IOTDA.000018)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "401", description = "Unauthorized (APIG.0301)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "403", description = "Forbidden (IOTDA.000004, IOTDA.014222)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "404", description = "Not Found (IOTDA.014221)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "500", description = "Internal Server Error (IOTDA.000001)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
@interface ErrorAnswers {

}

@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(in = ParameterIn.QUERY, name = "limit", description = "Records per page, 1 to 50 (else IOTDA.000017)",
		schema = @Schema(type = "integer", format = "int32", defaultValue = "10", minimum = "1", maximum = "50"))
@interface LimitParam {

}

@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(in = ParameterIn.QUERY, name = "marker",
		description = "Id of the last record of the previous page; records below it are returned",
		schema = @Schema(type = "string", defaultValue = ObjectIds.FIRST_MARKER, pattern = ObjectIds.MARKER_PATTERN))
@interface MarkerParam {

}

@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(in = ParameterIn.QUERY, name = "offset",
		description = "Records to skip after the marker, 0 to 500 (else IOTDA.000018)",
		schema = @Schema(type = "integer", format = "int32", defaultValue = "0", minimum = "0", maximum = "500"))
@interface OffsetParam {

}
