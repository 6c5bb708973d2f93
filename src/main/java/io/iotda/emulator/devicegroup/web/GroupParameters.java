package io.iotda.emulator.devicegroup.web;

import io.iotda.emulator.web.IotdaParameters;
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
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The path and query parameters the device-group operations share, with their rules and
 * docs, and the errors they answer.
 */
final class GroupParameters {

	private GroupParameters() {
	}

	@Documented
	@Target(ElementType.PARAMETER)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = {})
	@Pattern(regexp = GroupFields.GROUP_ID_PATTERN, message = GroupFields.GROUP_ID_MESSAGE)
	@Parameter(in = ParameterIn.PATH, name = "group_id", required = true,
			description = "Device group id: IoTDA's are at most 36 of hex digits and -; the emulator also takes the "
					+ "control plane's group ids, 1 to 64 of A-Za-z0-9_- (emulator)",
			example = "04ed32dc1b0025b52fe3c01a27c2babc",
			schema = @Schema(type = "string", maxLength = 64, pattern = GroupFields.GROUP_ID_PATTERN))
	@interface GroupId {

		String message() default GroupFields.GROUP_ID_MESSAGE;

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	@Documented
	@Target(ElementType.PARAMETER)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = {})
	@Pattern(regexp = GroupFields.DEVICE_ID_PATTERN, message = GroupFields.DEVICE_ID_MESSAGE)
	@Parameter(in = ParameterIn.QUERY, name = "device_id", required = true,
			description = "The device to add or remove: at most 128 of A-Za-z0-9_-",
			example = "d4922d8a-6c8e-4396-852c-164aefa6638f",
			schema = @Schema(type = "string", maxLength = 128, pattern = GroupFields.DEVICE_ID_PATTERN))
	@interface DeviceIdQuery {

		String message() default GroupFields.DEVICE_ID_MESSAGE;

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	@Documented
	@Target(ElementType.PARAMETER)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = {})
	@Pattern(regexp = GroupFields.DEVICE_ID_PATTERN, message = GroupFields.DEVICE_ID_MESSAGE)
	@Parameter(in = ParameterIn.PATH, name = "device_id", required = true,
			description = "Device id: at most 128 of A-Za-z0-9_-", example = "d4922d8a-6c8e-4396-852c-164aefa6638f",
			schema = @Schema(type = "string", maxLength = 128, pattern = GroupFields.DEVICE_ID_PATTERN))
	@interface DeviceIdPath {

		String message() default GroupFields.DEVICE_ID_MESSAGE;

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

}

/**
 * The errors every device-group operation may answer (which ones apply depends on the
 * operation, as its description says).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400",
		description = "Bad Request: a field or parameter breaks its rule (IOTDA.000006), the body is not JSON "
				+ "(IOTDA.000008), last_modified_time is not yyyyMMdd'T'HHmmss'Z' (IOTDA.000009), limit or offset out of "
				+ "range (IOTDA.000017, IOTDA.000018), the name is taken in the resource space (IOTDA.003002, emulator code)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = { @ExampleObject(name = "IOTDA.000006", summary = "A field or parameter breaks its rule",
						value = """
								{"error_code":"IOTDA.000006","error_msg":"Invalid input data. dynamic_group_rule is required for a DYNAMIC group."}"""),
						@ExampleObject(name = "IOTDA.000009", summary = "A time that is not yyyyMMdd'T'HHmmss'Z'",
								value = """
										{"error_code":"IOTDA.000009","error_msg":"Invalid input. Invalid time format."}"""),
						@ExampleObject(name = "IOTDA.003002", summary = "The name is taken",
								value = """
										{"error_code":"IOTDA.003002","error_msg":"Invalid input. The device group name already exists in the resource space. name: GroupA"}""") }))
@IotdaParameters.StandardErrorAnswers
@ApiResponse(responseCode = "403",
		description = "Forbidden: an unknown token (IOTDA.000004); a limit (1,000 groups IOTDA.003003, five levels "
				+ "IOTDA.003004, 20,000 devices per group IOTDA.003007, ten groups per device IOTDA.003008); the device "
				+ "is in the group already (IOTDA.003005) or is not (IOTDA.003006); a delete of a group with child groups "
				+ "or devices (IOTDA.003009); the members of a DYNAMIC group (IOTDA.003010). All but IOTDA.000004 and "
				+ "IOTDA.003006 are emulator codes.",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = { @ExampleObject(name = "IOTDA.003006", summary = "The device is not in the group",
						value = """
								{"error_code":"IOTDA.003006","error_msg":"Operation not allowed. The device does not exist in the group. device_id: d4922d8a-6c8e-4396-852c-164aefa6638f"}"""),
						@ExampleObject(name = "IOTDA.003009", summary = "The group still has child groups or devices",
								value = """
										{"error_code":"IOTDA.003009","error_msg":"Operation not allowed. Delete the child groups and remove the devices of the device group first. It has 1 child group(s) and 0 device(s)."}"""),
						@ExampleObject(name = "IOTDA.000004", summary = "The token is not valid", value = """
								{"error_code":"IOTDA.000004","error_msg":"Invalid access token."}""") }))
@ApiResponse(responseCode = "404",
		description = "Not Found: no such group (or super group) in this project and instance (IOTDA.003001, "
				+ "emulator code)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = @ExampleObject(name = "IOTDA.003001", summary = "No such group", value = """
						{"error_code":"IOTDA.003001","error_msg":"The device group does not exist."}""")))
@interface GroupErrorAnswers {

}
