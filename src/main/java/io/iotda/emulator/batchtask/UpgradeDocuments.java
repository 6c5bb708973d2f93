package io.iotda.emulator.batchtask;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packages an upgrade task's {@code document} names: {@code package_ids}, or the
 * older single {@code package_id}.
 */
final class UpgradeDocuments {

	private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {
	};

	private UpgradeDocuments() {
	}

	/** The package ids of a document as given in a request, each once, in order. */
	static List<String> packageIds(Map<String, Object> document) {
		LinkedHashSet<String> ids = new LinkedHashSet<>();
		if (document != null) {
			if (document.get("package_ids") instanceof List<?> list) {
				list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(ids::add);
			}
			if (document.get("package_id") instanceof String id) {
				ids.add(id);
			}
		}
		return new ArrayList<>(ids);
	}

	/** The package ids of a document as stored (JSON), or none. */
	static List<String> packageIds(JsonMapper json, String document) {
		return (document != null) ? packageIds(json.readValue(document, DOCUMENT)) : List.of();
	}

}
