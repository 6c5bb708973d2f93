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

/** The id of a rule, webhook or fault the emulator assigned. */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = FieldRules.RECORD_ID_PATTERN, message = "must be 24 of a-f0-9")
public @interface RecordId {

	String message() default "must be 24 of a-f0-9";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
