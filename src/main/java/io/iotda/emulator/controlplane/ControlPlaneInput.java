package io.iotda.emulator.controlplane;

import io.iotda.emulator.web.error.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Checks a control-plane request body against the Bean Validation rules on its records
 * (column sizes and character rules, the API's rules for the API's identifiers), before
 * anything reaches the database. A violation is a 400 {@code IOTDA.000006} naming the
 * field by its JSON path, e.g. {@code tasks[0].subtasks[2].attempts must be 0 to 1000};
 * when several fields break their rules, the first by path is named, so the answer is the
 * same every time.
 */
@Component
public class ControlPlaneInput {

	private final Validator validator;

	ControlPlaneInput(Validator validator) {
		this.validator = validator;
	}

	/** Checks a whole body. */
	public void check(Object body) {
		check(body, "");
	}

	/** Checks a part of a body found at {@code location} (e.g. {@code tasks[1]}). */
	public void check(Object body, String location) {
		if (body == null) {
			throw new InvalidInputException("the body must be a JSON object.");
		}
		this.validator.validate(body)
			.stream()
			.map((violation) -> describe(violation, location))
			.sorted()
			.findFirst()
			.ifPresent((detail) -> {
				throw new InvalidInputException(detail + ".");
			});
	}

	/**
	 * The violation as "json.path message". The API's records name their field in the
	 * message already ("task_policy.retry_count must be 1 to 5"): then only the part of
	 * the path before it is added.
	 */
	static String describe(ConstraintViolation<?> violation, String location) {
		List<String> segments = new ArrayList<>();
		if (!location.isEmpty()) {
			segments.add(location);
		}
		List<Path.Node> nodes = new ArrayList<>();
		violation.getPropertyPath().forEach(nodes::add);
		for (int i = 0; i < nodes.size(); i++) {
			String name = nodes.get(i).getName();
			if (name == null || name.startsWith("<")) {
				continue;
			}
			Integer index = (i + 1 < nodes.size()) ? nodes.get(i + 1).getIndex() : null;
			segments.add(jsonName(name) + ((index != null) ? "[" + index + "]" : ""));
		}
		String message = violation.getMessage();
		for (int named = segments.size(); named >= 1; named--) {
			String tail = String.join(".", segments.subList(segments.size() - named, segments.size()))
				.replaceAll("\\[\\d+]", "");
			if (message.startsWith(tail + " ") || message.startsWith(tail + ".")) {
				List<String> before = segments.subList(0, segments.size() - named);
				return before.isEmpty() ? message : String.join(".", before) + "." + message;
			}
		}
		return segments.isEmpty() ? message : String.join(".", segments) + " " + message;
	}

	/**
	 * The JSON name of a record component: every record here maps camelCase to
	 * snake_case.
	 */
	private static String jsonName(String javaName) {
		return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

}
