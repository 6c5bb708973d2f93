package io.iotda.emulator.device.web;

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
 * The path and query rules the product and device operations share, with their OpenAPI
 * documentation, and the error answers every one of them documents.
 */
final class ApiParameters {

	/** A device id: 1 to 128 of {@code A-Za-z0-9_-}. */
	static final String DEVICE_ID = "^[A-Za-z0-9_-]{1,128}$";

	/** A product id: 1 to 36 of {@code A-Za-z0-9_-}. */
	static final String PRODUCT_ID = "^[A-Za-z0-9_-]{1,36}$";

	/** A resource space id: 1 to 36 of {@code A-Za-z0-9_-}. */
	static final String APP_ID = "^[A-Za-z0-9_-]{1,36}$";

	/** A node id: 1 to 64 of {@code A-Za-z0-9_-}. */
	static final String NODE_ID = "^[A-Za-z0-9_-]{1,64}$";

	/**
	 * A device name: 1 to 256 letters (Chinese included), digits and
	 * {@code _?'#().,&%@!-}.
	 */
	static final String DEVICE_NAME = "^[\\p{IsHan}A-Za-z0-9_?'#().,&%@!\\-]{1,256}$";

	/** A product name: 1 to 64 of the same characters. */
	static final String PRODUCT_NAME = "^[\\p{IsHan}A-Za-z0-9_?'#().,&%@!\\-]{1,64}$";

	private ApiParameters() {
	}

}

@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = ApiParameters.DEVICE_ID, message = "must be 1 to 128 of A-Za-z0-9_-")
@Parameter(in = ParameterIn.PATH, name = "device_id", required = true,
		description = "Device id: at most 128 of A-Za-z0-9_-", example = "d1b2c3_meter-0001",
		schema = @Schema(type = "string", maxLength = 128, pattern = ApiParameters.DEVICE_ID))
@interface DeviceId {

	String message() default "must be 1 to 128 of A-Za-z0-9_-";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = ApiParameters.PRODUCT_ID, message = "must be 1 to 36 of A-Za-z0-9_-")
@Parameter(in = ParameterIn.PATH, name = "product_id", required = true,
		description = "Product id: at most 36 of A-Za-z0-9_-", example = "d1b2c3",
		schema = @Schema(type = "string", maxLength = 36, pattern = ApiParameters.PRODUCT_ID))
@interface ProductId {

	String message() default "must be 1 to 36 of A-Za-z0-9_-";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = ApiParameters.APP_ID, message = "must be 1 to 36 of A-Za-z0-9_-")
@Parameter(in = ParameterIn.QUERY, name = "app_id",
		description = "Resource space id (the emulator stores it, "
				+ "it emulates no resource spaces): only records of this one",
		schema = @Schema(type = "string", maxLength = 36, pattern = ApiParameters.APP_ID))
@interface AppIdParam {

	String message() default "must be 1 to 36 of A-Za-z0-9_-";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400", description = "Bad Request: a field or parameter breaks its rule (IOTDA.000006), "
		+ "the body is not JSON (IOTDA.000008), a time is not yyyyMMdd'T'HHmmss'Z' (IOTDA.000009) or start_time is "
		+ "after end_time (IOTDA.000010), limit or offset out of range (IOTDA.000017, IOTDA.000018), the device "
		+ "already exists (IOTDA.014031)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = { @ExampleObject(name = "IOTDA.000006", summary = "A field or parameter breaks its rule",
						value = """
								{"error_code":"IOTDA.000006","error_msg":"Invalid input data. node_id must be 1 to 64 of A-Za-z0-9_-."}"""),
						@ExampleObject(name = "IOTDA.000009", summary = "A time parameter is not in IoTDA's format",
								value = """
										{"error_code":"IOTDA.000009","error_msg":"Invalid input. Invalid time format."}"""),
						@ExampleObject(name = "IOTDA.014031", summary = "The device id or node id is taken",
								value = """
										{"error_code":"IOTDA.014031","error_msg":"Invalid input. The device already exists. device_id d1b2c3_meter-0001 is registered."}""") }))
@IotdaParameters.StandardErrorAnswers
@ApiResponse(responseCode = "403",
		description = "Forbidden: an unknown token (IOTDA.000004), freezing a sub-device (IOTDA.014038), "
				+ "unfreezing a device that is not frozen (IOTDA.014040)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = { @ExampleObject(name = "IOTDA.014040", summary = "The device is not frozen",
						value = """
								{"error_code":"IOTDA.014040","error_msg":"Operation not allowed. The device is not frozen, can not unfreeze."}"""),
						@ExampleObject(name = "IOTDA.000004", summary = "The token is not valid", value = """
								{"error_code":"IOTDA.000004","error_msg":"Invalid access token."}""") }))
@ApiResponse(responseCode = "404",
		description = "Not Found: no such device (IOTDA.014000) or product (IOTDA.013000, emulator code) in this "
				+ "project and instance",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = { @ExampleObject(name = "IOTDA.014000", summary = "No such device", value = """
						{"error_code":"IOTDA.014000","error_msg":"The device does not exist."}"""),
						@ExampleObject(name = "IOTDA.013000", summary = "No such product", value = """
								{"error_code":"IOTDA.013000","error_msg":"The product does not exist."}""") }))
@interface ErrorAnswers {

}
