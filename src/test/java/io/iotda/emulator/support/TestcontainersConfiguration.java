package io.iotda.emulator.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * When the {@link TestDatabase} is a Testcontainers container (a Docker engine is there
 * and no {@code IOTDA_TEST_DATABASE_URL} is set), the test context takes its connection
 * from it the Spring Boot way: the container is a bean with {@code @ServiceConnection},
 * which wins over the {@code spring.datasource.*} properties {@link PostgresProperties}
 * registers. Otherwise there is no such bean and those properties apply.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestcontainersConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(InContainer.class)
	PostgreSQLContainer postgres() {
		return TestDatabase.get().container().orElseThrow();
	}

	static class InContainer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return TestDatabase.get().container().isPresent();
		}

	}

}
