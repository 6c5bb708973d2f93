package io.iotda.emulator.controlplane;

import io.iotda.emulator.batchtask.FieldRules;
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
 * The rules of the control plane's path, header and query parameters: the API's own rules
 * where the API has the same parameter (project id, instance id), the columns' limits
 * elsewhere. A value that breaks one is a 400 {@code IOTDA.000006} naming the parameter,
 * before anything reaches the database.
 */
public final class ControlPlaneParameters {

	/** A device group id: 1 to 64 of {@code A-Za-z0-9_-} (column {@code group_id}). */
	public static final String GROUP_ID_PATTERN = "^[A-Za-z0-9_-]{1,64}$";

	/** An error code: 1 to 32 of {@code A-Za-z0-9._-} (columns {@code error_code}). */
	public static final String ERROR_CODE_PATTERN = "^[A-Za-z0-9._-]{1,32}$";

	private ControlPlaneParameters() {
	}

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

	/** A device group id. */
	@Documented
	@Target(ElementType.PARAMETER)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = {})
	@Pattern(regexp = GROUP_ID_PATTERN, message = "must be 1 to 64 of A-Za-z0-9_-")
	public @interface GroupId {

		String message() default "must be 1 to 64 of A-Za-z0-9_-";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

}
