package io.iotda.emulator.support;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

}
