package io.iotda.emulator.batchtask.web;

import io.iotda.emulator.web.IotdaParameters;
import io.iotda.emulator.batchtask.FieldRules;
import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.web.error.ErrorBody;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
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
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400",
		description = "Bad Request: a field or parameter breaks its rule (IOTDA.000006), "
				+ "the body is not JSON (IOTDA.000008), limit or offset out of range (IOTDA.000017, IOTDA.000018)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = { @ExampleObject(name = "IOTDA.000006", summary = "A field or parameter breaks its rule",
						value = """
								{"error_code":"IOTDA.000006","error_msg":"Invalid input data. targets must hold at most 100 items."}"""),
						@ExampleObject(name = "IOTDA.000008", summary = "The body is not valid JSON",
								value = """
										{"error_code":"IOTDA.000008","error_msg":"Invalid input. The request format is invalid."}"""),
						@ExampleObject(name = "IOTDA.000017", summary = "limit is not 1 to 50",
								value = """
										{"error_code":"IOTDA.000017","error_msg":"Invalid input. The specified parameter 'limit' is out of range."}"""),
						@ExampleObject(name = "IOTDA.000018", summary = "offset is not 0 to 500",
								value = """
										{"error_code":"IOTDA.000018","error_msg":"Invalid input. The specified parameter 'offset' is out of range."}""") }))
@IotdaParameters.StandardErrorAnswers
@ApiResponse(responseCode = "403",
		description = "Forbidden: an unknown token (IOTDA.000004), or the task's status "
				+ "does not allow the operation (IOTDA.014222, emulator code)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = { @ExampleObject(name = "IOTDA.014222", summary = "The task's status does not allow this",
						value = """
								{"error_code":"IOTDA.014222","error_msg":"Operation not allowed. The task status does not allow this operation."}"""),
						@ExampleObject(name = "IOTDA.000004", summary = "The token is not valid", value = """
								{"error_code":"IOTDA.000004","error_msg":"Invalid access token."}""") }))
@ApiResponse(responseCode = "404",
		description = "Not Found: no such task in this project and instance " + "(IOTDA.014221, emulator code)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = @ExampleObject(name = "IOTDA.014221", summary = "No such task", value = """
						{"error_code":"IOTDA.014221","error_msg":"The batch task does not exist."}""")))
@interface ErrorAnswers {

}
