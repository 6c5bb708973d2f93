package io.iotda.emulator.support;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One request for every mapping of the control plane ({@code /_emulator/**}), read from
 * the application's own handler mappings, so a mapping added later is covered too. Path
 * variables get a plain value.
 */
public final class ControlPlaneRequests {

	private ControlPlaneRequests() {
	}

	/** A method and a path of the control plane. */
	public record Request(String method, String path) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	public static List<Request> all(ApplicationContext context) {
		RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		Set<Request> requests = new TreeSet<>(Comparator.comparing(Request::toString));
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/_emulator/") && !pattern.equals("/_emulator")) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}]+}", "x1");
				if (methods.isEmpty()) {
					requests.add(new Request("GET", path));
				}
				methods.forEach((method) -> requests.add(new Request(method.name(), path)));
			}
		}
		return List.copyOf(requests);
	}

	/**
	 * Sends every request of {@link #all} with a {@code {}} body and lists those whose
	 * answer is not {@code expected}, each with its answer.
	 * @param context the application
	 * @param client a new request to the application, with any headers the test wants
	 * @param expected whether an answer is the one expected
	 * @return the requests answered otherwise, with their answers
	 */
	public static List<String> unexpectedAnswers(ApplicationContext context, Supplier<RequestSpecification> client,
			Predicate<Response> expected) {
		List<String> unexpected = new ArrayList<>();
		for (Request request : all(context)) {
			Response response = client.get().body("{}").request(request.method(), request.path());
			if (!expected.test(response)) {
				unexpected.add(request + " -> " + response.statusCode() + " " + response.asString());
			}
		}
		return unexpected;
	}

}
