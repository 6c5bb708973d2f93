package io.iotda.emulator.controlplane;

import io.iotda.emulator.batchtask.FieldRules;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An Instance-Id header, as on the batch-task API (Tomcat refuses control bytes in
 * headers before this rule is asked).
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Size(min = 1, max = FieldRules.INSTANCE_ID_MAX_LENGTH, message = "must be 1 to 36 characters")
public @interface InstanceIdHeader {

	String message() default "must be 1 to 36 characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
