package io.iotda.emulator.otapackage.web;

import io.iotda.emulator.web.error.ErrorBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The error answers every OTA package operation documents, with examples. */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400",
		description = "Bad Request: a field or parameter breaks its rule (IOTDA.000006), the body is not JSON "
				+ "(IOTDA.000008), limit or offset out of range (IOTDA.000017, IOTDA.000018), the product already has "
				+ "this version (IOTDA.014801, emulator code)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = { @ExampleObject(name = "IOTDA.000006", summary = "A field breaks its rule",
						value = """
								{"error_code":"IOTDA.000006","error_msg":"Invalid input data. version must be 1 to 256 of A-Za-z0-9_.-"}"""),
						@ExampleObject(name = "IOTDA.014801", summary = "The version exists",
								value = """
										{"error_code":"IOTDA.014801","error_msg":"Invalid input. The OTA package version already exists."}""") }))
@ApiResponse(responseCode = "401",
		description = "Unauthorized: missing or wrong credentials (APIG.0301, from the gateway)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = @ExampleObject(name = "APIG.0301", summary = "The signature does not match",
						value = """
								{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail","request_id":"7127b37e51a7450fa40bab093344d161"}""")))
@ApiResponse(responseCode = "403", description = "Forbidden: an unknown token (IOTDA.000004)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = @ExampleObject(name = "IOTDA.000004", summary = "The token is not valid", value = """
						{"error_code":"IOTDA.000004","error_msg":"Invalid access token."}""")))
@ApiResponse(responseCode = "404",
		description = "Not Found: no such package in this project and instance (IOTDA.014800, emulator code)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = @ExampleObject(name = "IOTDA.014800", summary = "No such package", value = """
						{"error_code":"IOTDA.014800","error_msg":"The OTA package does not exist."}""")))
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
				examples = @ExampleObject(name = "IOTDA.000001", summary = "The database cannot be reached", value = """
						{"error_code":"IOTDA.000001","error_msg":"Internal server error. (service unavailable)"}""")))
@interface OtaPackageErrorAnswers {

}
