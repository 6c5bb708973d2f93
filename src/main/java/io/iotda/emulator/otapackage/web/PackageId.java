package io.iotda.emulator.otapackage.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The {@code package_id} path parameter: at most 36 of {@code A-Za-z0-9-}. */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = OtaPackageApi.PACKAGE_ID_PATTERN, message = "must be 1 to 36 of A-Za-z0-9-")
@Parameter(in = ParameterIn.PATH, name = "package_id", required = true, description = "OTA package id",
		example = "66a1c2d3e4f5a6b7c8d9e0aa",
		schema = @Schema(type = "string", maxLength = 36, pattern = OtaPackageApi.PACKAGE_ID_PATTERN))
@interface PackageId {

	String message() default "must be 1 to 36 of A-Za-z0-9-";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
