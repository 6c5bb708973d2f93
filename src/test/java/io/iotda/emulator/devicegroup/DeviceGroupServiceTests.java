package io.iotda.emulator.devicegroup;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotda.emulator.support.PostgresProperties;
import io.iotda.emulator.support.TestcontainersConfiguration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The device-group API on the real PostgreSQL of
 * {@link io.iotda.emulator.support.TestDatabase}, migrated by Flyway. Each test runs in a
 * transaction that is rolled back, and starts from no groups at all.
 */
@JdbcTest(properties = "spring.datasource.hikari.maximum-pool-size=2")
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import({ DeviceGroupService.class, TestcontainersConfiguration.class })
class DeviceGroupServiceTests {

	private static final String DEFAULT_INSTANCE = "";

	@Autowired
	private DeviceGroupService groups;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresProperties.register(registry);
	}

	@BeforeEach
	void noGroups() {
		this.groups.deleteAll();
	}

	@Test
	void replacesEveryMemberAndKeepsEachDeviceOnceOrderedById() {
		this.groups.replaceMembers("p1", DEFAULT_INSTANCE, "fleet", List.of("d1", "d2"));

		DeviceGroup replaced = this.groups.replaceMembers("p1", DEFAULT_INSTANCE, "fleet", List.of("d9", "d3", "d9"));

		assertThat(replaced).isEqualTo(new DeviceGroup("fleet", List.of("d3", "d9")));
		assertThat(this.groups.find("p1", DEFAULT_INSTANCE, "fleet")).contains(replaced);
	}

	@Test
	void storesMoreMembersThanOneInsertHolds() {
		List<String> devices = IntStream.range(0, 2500).mapToObj((i) -> "d%05d".formatted(i)).toList();

		assertThat(this.groups.replaceMembers("p1", DEFAULT_INSTANCE, "big", devices).devices())
			.containsExactlyElementsOf(devices);
	}

	@Test
	void deletesAGroupOnceAndLeavesTheOthers() {
		this.groups.replaceMembers("p1", DEFAULT_INSTANCE, "a", List.of("d1"));
		this.groups.replaceMembers("p1", DEFAULT_INSTANCE, "b", List.of("d2"));

		assertThat(this.groups.delete("p1", DEFAULT_INSTANCE, "a")).isTrue();
		assertThat(this.groups.delete("p1", DEFAULT_INSTANCE, "a")).isFalse();
		assertThat(this.groups.find("p1", DEFAULT_INSTANCE, "a")).isEmpty();
		assertThat(this.groups.list("p1", DEFAULT_INSTANCE)).containsExactly(new DeviceGroup("b", List.of("d2")));
	}

	@Test
	void listsGroupsOrderedByIdWithTheirMembers() {
		this.groups.replaceMembers("p1", DEFAULT_INSTANCE, "g2", List.of("d3", "d1"));
		this.groups.replaceMembers("p1", DEFAULT_INSTANCE, "g1", List.of("d2"));

		assertThat(this.groups.list("p1", DEFAULT_INSTANCE)).containsExactly(new DeviceGroup("g1", List.of("d2")),
				new DeviceGroup("g2", List.of("d1", "d3")));
	}

	@Test
	void givesTheMembersOfSeveralGroupsInTheOrderAskedLeavingOutUnknownGroups() {
		this.groups.replaceMembers("p1", DEFAULT_INSTANCE, "a", List.of("d2", "d1"));
		this.groups.replaceMembers("p1", DEFAULT_INSTANCE, "b", List.of("d3", "d1"));
		this.groups.replaceMembers("p1", DEFAULT_INSTANCE, "c", List.of("d4"));

		Map<String, List<String>> members = this.groups.membersOf("p1", DEFAULT_INSTANCE,
				List.of("b", "missing", "a", "b"));

		assertThat(members).containsExactly(Map.entry("b", List.of("d1", "d3")), Map.entry("a", List.of("d1", "d2")));
	}

	@Test
	void keepsProjectsAndInstancesApart() {
		this.groups.replaceMembers("p1", DEFAULT_INSTANCE, "fleet", List.of("d1"));
		this.groups.replaceMembers("p1", "i1", "fleet", List.of("d2"));
		this.groups.replaceMembers("p2", DEFAULT_INSTANCE, "fleet", List.of("d3"));

		assertThat(this.groups.membersOf("p1", DEFAULT_INSTANCE, List.of("fleet")))
			.containsExactly(Map.entry("fleet", List.of("d1")));
		assertThat(this.groups.membersOf("p1", "i1", List.of("fleet")))
			.containsExactly(Map.entry("fleet", List.of("d2")));
		assertThat(this.groups.membersOf("p1", "i2", List.of("fleet"))).isEmpty();
		assertThat(this.groups.find("p2", "i1", "fleet")).isEmpty();
		assertThat(this.groups.delete("p2", "i1", "fleet")).isFalse();
		assertThat(this.groups.list("p2", DEFAULT_INSTANCE)).containsExactly(new DeviceGroup("fleet", List.of("d3")));
	}

	@Test
	void deletesEveryGroupOfAProjectInEveryInstanceAndNoOtherProjects() {
		this.groups.replaceMembers("p1", DEFAULT_INSTANCE, "a", List.of("d1"));
		this.groups.replaceMembers("p1", "i1", "b", List.of("d2"));
		this.groups.replaceMembers("p2", DEFAULT_INSTANCE, "a", List.of("d3"));

		this.groups.deleteProject("p1");

		assertThat(this.groups.list("p1", DEFAULT_INSTANCE)).isEmpty();
		assertThat(this.groups.list("p1", "i1")).isEmpty();
		assertThat(this.groups.list("p2", DEFAULT_INSTANCE)).containsExactly(new DeviceGroup("a", List.of("d3")));
	}

	@Test
	void deletesEveryGroupOfEveryProject() {
		this.groups.replaceMembers("p1", DEFAULT_INSTANCE, "a", List.of("d1"));
		this.groups.replaceMembers("p2", "i1", "b", List.of("d2"));

		this.groups.deleteAll();

		assertThat(this.groups.list("p1", DEFAULT_INSTANCE)).isEmpty();
		assertThat(this.groups.list("p2", "i1")).isEmpty();
	}

}
