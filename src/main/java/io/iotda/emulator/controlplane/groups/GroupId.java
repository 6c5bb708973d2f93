package io.iotda.emulator.controlplane.groups;

import io.iotda.emulator.controlplane.ControlPlaneParameters;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A device group id. */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = ControlPlaneParameters.GROUP_ID_PATTERN, message = "must be 1 to 64 of A-Za-z0-9_-")
public @interface GroupId {

	String message() default "must be 1 to 64 of A-Za-z0-9_-";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
