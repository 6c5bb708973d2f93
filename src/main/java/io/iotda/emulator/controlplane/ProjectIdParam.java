package io.iotda.emulator.controlplane;

import io.iotda.emulator.batchtask.FieldRules;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A project id, as on the batch-task API. */
@Documented
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = FieldRules.PROJECT_ID_PATTERN, message = "must be 1 to 64 of A-Za-z0-9_-")
public @interface ProjectIdParam {

	String message() default "must be 1 to 64 of A-Za-z0-9_-";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
