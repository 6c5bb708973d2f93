package io.iotda.emulator.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.test.context.TestContextManager;

/**
 * Gives a jqwik container (which JUnit Jupiter's SpringExtension never sees) the same
 * Spring test context its annotations describe: the context comes from Spring's test
 * context cache, so a jqwik class extending {@link ApiIntegrationTests} shares the
 * running application with the Jupiter tests of the same configuration.
 */
public final class SpringTestContexts {

	private static final Map<Class<?>, TestContextManager> managers = new ConcurrentHashMap<>();

	private SpringTestContexts() {
	}

	/**
	 * Starts (or reuses) the application context and injects it into the test instance
	 * ({@code @Autowired} fields, {@code @LocalServerPort}).
	 */
	public static void inject(Object testInstance) throws Exception {
		managers.computeIfAbsent(testInstance.getClass(), TestContextManager::new).prepareTestInstance(testInstance);
	}

}
