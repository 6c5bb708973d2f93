package io.iotda.emulator.controlplane;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.web.error.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The control plane refuses a body field it does not know, where the emulated API (as
 * IoTDA) ignores it: a test's misspelt condition ({@code "path"} for
 * {@code "path_pattern"} in a verify, say) would otherwise be dropped, and the test would
 * pass on less than it says. Applies to the top level of the control plane's request
 * records; a body that is not a JSON object is left to the usual answers.
 */
@ControllerAdvice(basePackages = "io.iotda.emulator.controlplane")
class KnownFieldsOnly extends RequestBodyAdviceAdapter {

	private final ConcurrentMap<Class<?>, Set<String>> fields = new ConcurrentHashMap<>();

	private final JsonMapper json;

	KnownFieldsOnly(JsonMapper json) {
		this.json = json;
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return targetType instanceof Class<?> type && type.isRecord();
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		byte[] body = message.getBody().readAllBytes();
		JsonNode tree;
		try {
			tree = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			tree = null;
		}
		if (tree != null && tree.isObject()) {
			Set<String> known = this.fields.computeIfAbsent((Class<?>) targetType, KnownFieldsOnly::namesOf);
			for (String name : tree.propertyNames()) {
				if (!known.contains(name)) {
					throw new InvalidInputException(
							"the body has no field " + name + " (known: " + String.join(", ", known) + ").");
				}
			}
		}
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return message.getHeaders();
			}

		};
	}

	private static Set<String> namesOf(Class<?> record) {
		return Arrays.stream(record.getRecordComponents())
			.map(KnownFieldsOnly::nameOf)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	private static String nameOf(RecordComponent component) {
		JsonProperty property = component.getAnnotation(JsonProperty.class);
		if (property == null && component.getAccessor() != null) {
			property = component.getAccessor().getAnnotation(JsonProperty.class);
		}
		return (property != null && !property.value().isEmpty()) ? property.value() : component.getName();
	}

}
