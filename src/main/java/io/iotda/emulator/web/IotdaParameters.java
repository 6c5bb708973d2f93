package io.iotda.emulator.web;

import io.iotda.emulator.web.error.ErrorBody;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
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
 * The parameters every IoTDA operation shares (project, {@code Instance-Id}, IoTDA's
 * paging), with their rules and OpenAPI documentation, for the modules that serve
 * {@code /v5/iot/**}.
 */
public final class IotdaParameters {

	/** {@code project_id}: 1 to 64 of {@code A-Za-z0-9_-}. */
	public static final String PROJECT_ID_PATTERN = "^[A-Za-z0-9_-]{1,64}$";

	private IotdaParameters() {
	}

	@Documented
	@Target(ElementType.PARAMETER)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = {})
	@Pattern(regexp = PROJECT_ID_PATTERN, message = "must be 1 to 64 of A-Za-z0-9_-")
	@Parameter(in = ParameterIn.PATH, name = "project_id", required = true, description = "Project id",
			example = "demo", schema = @Schema(type = "string", pattern = PROJECT_ID_PATTERN))
	public @interface ProjectId {

		String message() default "must be 1 to 64 of A-Za-z0-9_-";

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
	public @interface InstanceId {

		String message() default "must be 1 to 36 characters";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	@Documented
	@Target(ElementType.PARAMETER)
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(in = ParameterIn.QUERY, name = "limit", description = "Records per page, 1 to 50 (else IOTDA.000017)",
			schema = @Schema(type = "integer", format = "int32", defaultValue = "10", minimum = "1", maximum = "50"))
	public @interface LimitParam {

	}

	@Documented
	@Target(ElementType.PARAMETER)
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(in = ParameterIn.QUERY, name = "marker",
			description = "Id of the last record of the previous page; records below it are returned",
			schema = @Schema(type = "string", defaultValue = ObjectIds.FIRST_MARKER,
					pattern = ObjectIds.MARKER_PATTERN))
	public @interface MarkerParam {

	}

	@Documented
	@Target(ElementType.PARAMETER)
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(in = ParameterIn.QUERY, name = "offset",
			description = "Records to skip after the marker, 0 to 500 (else IOTDA.000018)",
			schema = @Schema(type = "integer", format = "int32", defaultValue = "0", minimum = "0", maximum = "500"))
	public @interface OffsetParam {

	}

	/**
	 * The answers every IoTDA operation shares, whatever it does: the gateway's 401 and
	 * 413, and the 500 and 503 of the service. A module's own error answers carry this
	 * besides the codes of its operations.
	 */
	@Documented
	@Target({ ElementType.ANNOTATION_TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "401",
			description = "Unauthorized: missing or wrong credentials (APIG.0301, from the gateway)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
					examples = @ExampleObject(name = "APIG.0301", summary = "The signature does not match",
							value = """
									{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: x-auth-token not found","request_id":"7127b37e51a7450fa40bab093344d161"}""")))
	@ApiResponse(responseCode = "413",
			description = "Payload Too Large: the body is over iotda.limits.max-body-size (APIG.0201)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
					examples = @ExampleObject(name = "APIG.0201", summary = "The body is too large",
							value = """
									{"error_code":"APIG.0201","error_msg":"Request entity too large.","request_id":"7127b37e51a7450fa40bab093344d161"}""")))
	@ApiResponse(responseCode = "500",
			description = "Internal Server Error (IOTDA.000001); the cause is logged with the request id",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
					examples = @ExampleObject(name = "IOTDA.000001", summary = "Something unexpected", value = """
							{"error_code":"IOTDA.000001","error_msg":"Internal server error."}""")))
	@ApiResponse(responseCode = "503",
			description = "Service Unavailable: the database cannot be reached (IOTDA.000001, emulator)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
					examples = @ExampleObject(name = "IOTDA.000001", summary = "The database cannot be reached",
							value = """
									{"error_code":"IOTDA.000001","error_msg":"Internal server error. (service unavailable)"}""")))
	public @interface StandardErrorAnswers {

	}

}
