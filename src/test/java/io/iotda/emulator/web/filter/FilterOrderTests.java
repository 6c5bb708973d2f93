package io.iotda.emulator.web.filter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Every servlet filter the application registers has an order of its own, so the order in
 * which they run is the one {@link FilterOrder} states, not an accident of bean
 * registration.
 */
class FilterOrderTests {

	@Test
	void noTwoFiltersShareAnOrder() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Filter.class));
		List<Integer> orders = scanner.findCandidateComponents("io.iotda.emulator")
			.stream()
			.map((candidate) -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
			.filter((type) -> AnnotationUtils.findAnnotation(type, Component.class) != null)
			.map((type) -> AnnotationUtils.findAnnotation(type, Order.class))
			.map((order) -> (order != null) ? order.value() : null)
			.toList();
		assertThat(orders).hasSizeGreaterThanOrEqualTo(9).doesNotContainNull().doesNotHaveDuplicates();
	}

}
