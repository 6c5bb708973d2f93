package io.iotda.emulator.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every integer parameter of every operation (query, path, header) is ASCII decimal
 * digits, with an optional leading {@code -}. Spring's default conversion also reads
 * {@code 0x10} and {@code #10} (hexadecimal), {@code +10} and {@code " 10"} (a {@code +}
 * in a query string decodes to a space) and full-width digits such as {@code １０}; the
 * spec documents a non-integer {@code limit} or {@code offset} as 400
 * {@code IOTDA.000017} / {@code IOTDA.000018}. Leading zeros are decimal ({@code 010} is
 * ten). Anything else is the parameter's type error, which the advice answers.
 * <p>
 * A binder editor rather than a converter: when a converter refuses a value, Spring falls
 * back to its default number editor, which would accept the hexadecimal forms again.
 */
@ControllerAdvice
class DecimalParameters {

	@InitBinder
	void decimalIntegersOnly(WebDataBinder binder) {
		binder.registerCustomEditor(Integer.class, new DecimalEditor(Integer::valueOf, true));
		binder.registerCustomEditor(int.class, new DecimalEditor(Integer::valueOf, false));
		binder.registerCustomEditor(Long.class, new DecimalEditor(Long::valueOf, true));
		binder.registerCustomEditor(long.class, new DecimalEditor(Long::valueOf, false));
	}

	/**
	 * Whether {@code text} is an optional {@code -} followed by at least one ASCII digit.
	 */
	static boolean isDecimal(String text) {
		int start = (!text.isEmpty() && text.charAt(0) == '-') ? 1 : 0;
		if (start == text.length()) {
			return false;
		}
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static final class DecimalEditor extends PropertyEditorSupport {

		private final Function<String, Number> parse;

		private final boolean allowEmpty;

		DecimalEditor(Function<String, Number> parse, boolean allowEmpty) {
			this.parse = parse;
			this.allowEmpty = allowEmpty;
		}

		@Override
		public void setAsText(String text) {
			if (this.allowEmpty && (text == null || text.isEmpty())) {
				// an empty value is an absent one, as Spring's own editor has it
				setValue(null);
				return;
			}
			if (text == null || !isDecimal(text)) {
				throw new IllegalArgumentException("Not a decimal integer");
			}
			// NumberFormatException (an IllegalArgumentException) when out of range
			setValue(this.parse.apply(text));
		}

	}

}
