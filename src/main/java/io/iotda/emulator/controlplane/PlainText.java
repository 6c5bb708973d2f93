package io.iotda.emulator.controlplane;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a column can hold and a log or terminal shows as it is: no control characters
 * (U+0000 to U+001F, U+007F to U+009F; PostgreSQL refuses U+0000 outright) and no lone
 * surrogates (no UTF-8 spelling). Null is valid: combine with a size or not-null rule.
 */
@Documented
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
		ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link PlainText}. */
	class Validator implements ConstraintValidator<PlainText, CharSequence> {

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || isPlain(value);
		}

		public static boolean isPlain(CharSequence value) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (Character.isISOControl(c)) {
					return false;
				}
				if (Character.isHighSurrogate(c)) {
					if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
						return false;
					}
					i++;
				}
				else if (Character.isLowSurrogate(c)) {
					return false;
				}
			}
			return true;
		}

	}

}
