package io.iotda.emulator.web;

/**
 * Whose records a request may see: tasks, devices, groups, packages and files are scoped
 * by project and IoTDA instance. A request without an {@code Instance-Id} header
 * addresses the project's default instance.
 */
public record TenantScope(String projectId, String instanceId) {

	/** How the default instance is stored: no real instance id is empty. */
	public static final String DEFAULT_INSTANCE = "";

	public static TenantScope of(String projectId, String instanceIdHeader) {
		return new TenantScope(projectId, (instanceIdHeader != null) ? instanceIdHeader : DEFAULT_INSTANCE);
	}

}
