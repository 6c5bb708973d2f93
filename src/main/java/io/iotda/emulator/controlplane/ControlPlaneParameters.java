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

}
