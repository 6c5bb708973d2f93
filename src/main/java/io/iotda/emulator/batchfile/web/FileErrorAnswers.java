package io.iotda.emulator.batchfile.web;

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

/** The error answers every batch-task file operation shares, with examples. */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
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
@ApiResponse(responseCode = "404", description = "Not Found: no such file in this project and instance (IOTDA.014600)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = @ExampleObject(name = "IOTDA.014600", summary = "No such file", value = """
						{"error_code":"IOTDA.014600","error_msg":"The batch task file does not exist."}""")))
@ApiResponse(responseCode = "413",
		description = "Payload Too Large: a body other than an upload's over iotda.limits.max-body-size (APIG.0201); "
				+ "an upload over its own limit is a 400 IOTDA.014603",
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
		description = "Service Unavailable: the database cannot be reached, or another upload kept the reader busy "
				+ "for 10 s (IOTDA.000001, emulator)",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class),
				examples = @ExampleObject(name = "IOTDA.000001", summary = "Another upload is being read",
						value = """
								{"error_code":"IOTDA.000001","error_msg":"Internal server error. (service busy, retry later) Another batch-task file is being read."}""")))
@interface FileErrorAnswers {

}
