package io.iotda.emulator.devicegroup;

import io.iotda.emulator.device.DeviceRegistry;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.iotda.emulator.devicegroup.DeviceGroupExceptions.DeviceGroupLimitException;
import io.iotda.emulator.devicegroup.DeviceGroupExceptions.DeviceGroupNameExistsException;
import io.iotda.emulator.devicegroup.DeviceGroupExceptions.DeviceGroupNotEmptyException;
import io.iotda.emulator.devicegroup.DeviceGroupExceptions.DeviceGroupNotFoundException;
import io.iotda.emulator.devicegroup.DeviceGroupExceptions.DynamicGroupMembersException;
import io.iotda.emulator.support.PostgresProperties;
import io.iotda.emulator.support.TestcontainersConfiguration;
import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.web.error.IotdaError;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
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
@Import({ DeviceGroupService.class, DeviceGroupRows.class, DeviceGroupServiceTests.FixedClock.class,
		TestcontainersConfiguration.class })
class DeviceGroupServiceTests {

	private static final String DEFAULT_INSTANCE = "";

	private static final TenantScope P1 = TenantScope.of("p1", null);

	private static final Instant NOW = Instant.parse("2036-01-01T00:00:00Z");

	@Autowired
	private DeviceGroupService groups;

	/**
	 * The registry is another module's: in lenient mode (a mock's null mode) the service
	 * registers the devices it is given, and knows nothing more of them.
	 */
	@MockitoBean
	private DeviceRegistry devices;

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

	@Test
	void makesStaticGroupsWithIdsAsIotdaMakesThem() {
		GroupDetails group = this.groups.addGroup(P1, named("GroupA"));

		assertThat(group.groupId()).matches("[0-9a-f]{32}");
		assertThat(group.recordId()).matches("[0-9a-f]{24}");
		assertThat(group.groupType()).isEqualTo(GroupType.STATIC);
		assertThat(group.createTime()).isEqualTo(NOW);
		assertThat(this.groups.showGroup(P1, group.groupId())).isEqualTo(group);
		assertThat(this.groups.find("p1", DEFAULT_INSTANCE, group.groupId()))
			.contains(new DeviceGroup(group.groupId(), List.of()));
	}

	@Test
	void refusesTheThousandAndFirstGroupOfAProjectAndInstance() {
		IntStream.range(0, DeviceGroupService.MAX_GROUPS).forEach((i) -> this.groups.addGroup(P1, named(null)));

		DeviceGroupLimitException refused = catchThrowableOfType(DeviceGroupLimitException.class,
				() -> this.groups.addGroup(P1, named(null)));

		assertThat(refused.error()).isEqualTo(IotdaError.DEVICE_GROUP_LIMIT_REACHED);
		assertThat(this.groups.addGroup(TenantScope.of("p1", "i1"), named(null))).isNotNull();
	}

	@Test
	void nestsGroupsFiveLevelsDeepAndNoDeeper() {
		String parent = this.groups.addGroup(P1, named("level1")).groupId();
		for (int level = 2; level <= DeviceGroupService.MAX_LEVELS; level++) {
			parent = this.groups.addGroup(P1, child("level" + level, parent)).groupId();
		}
		String deepest = parent;

		DeviceGroupLimitException refused = catchThrowableOfType(DeviceGroupLimitException.class,
				() -> this.groups.addGroup(P1, child("level6", deepest)));

		assertThat(refused.error()).isEqualTo(IotdaError.DEVICE_GROUP_TOO_DEEP);
		assertThatExceptionOfType(DeviceGroupNotFoundException.class)
			.isThrownBy(() -> this.groups.addGroup(P1, child("orphan", "0123456789abcdef0123456789abcdef")))
			.withMessageContaining("super_group_id");
	}

	@Test
	void keepsANameOncePerResourceSpaceAndAnyNumberOfUnnamedGroups() {
		GroupDetails first = this.groups.addGroup(P1, named("GroupA"));
		this.groups.addGroup(P1, new NewDeviceGroup("GroupA", null, null, "app_2", null, null));
		this.groups.addGroup(P1, named(null));
		this.groups.addGroup(P1, named(null));

		assertThatExceptionOfType(DeviceGroupNameExistsException.class)
			.isThrownBy(() -> this.groups.addGroup(P1, named("GroupA")));
		GroupDetails other = this.groups.addGroup(P1, named("GroupB"));
		assertThatExceptionOfType(DeviceGroupNameExistsException.class)
			.isThrownBy(() -> this.groups.updateGroup(P1, other.groupId(), "GroupA", null));
		assertThat(this.groups.updateGroup(P1, first.groupId(), "GroupA", "kept name").description())
			.isEqualTo("kept name");
	}

	@Test
	void refusesTheTwentyThousandAndFirstDeviceOfAGroupButNotThroughTheControlPlane() {
		List<String> devices = IntStream.range(0, DeviceGroupService.MAX_DEVICES_PER_GROUP)
			.mapToObj((i) -> "d%05d".formatted(i))
			.toList();
		this.groups.replaceMembers("p1", DEFAULT_INSTANCE, "big", devices);

		DeviceGroupLimitException refused = catchThrowableOfType(DeviceGroupLimitException.class,
				() -> this.groups.addDevice(P1, "big", "one-more"));

		assertThat(refused.error()).isEqualTo(IotdaError.GROUP_DEVICE_LIMIT_REACHED);
		List<String> more = IntStream.rangeClosed(0, DeviceGroupService.MAX_DEVICES_PER_GROUP)
			.mapToObj((i) -> "d%05d".formatted(i))
			.toList();
		assertThat(this.groups.replaceMembers("p1", DEFAULT_INSTANCE, "big", more).devices()).hasSize(20_001);
	}

	@Test
	void refusesToPutADeviceIntoAnEleventhGroup() {
		for (int i = 0; i < DeviceGroupService.MAX_GROUPS_PER_DEVICE; i++) {
			this.groups.addDevice(P1, this.groups.addGroup(P1, named(null)).groupId(), "busy");
		}
		String eleventh = this.groups.addGroup(P1, named(null)).groupId();

		DeviceGroupLimitException refused = catchThrowableOfType(DeviceGroupLimitException.class,
				() -> this.groups.addDevice(P1, eleventh, "busy"));

		assertThat(refused.error()).isEqualTo(IotdaError.DEVICE_GROUPS_LIMIT_REACHED);
		assertThat(this.groups.groupsOfDevice(P1, "busy")).hasSize(DeviceGroupService.MAX_GROUPS_PER_DEVICE);
	}

	@Test
	void deletesOnlyAGroupWithoutChildrenOrDevicesWhileTheAliasDeletesMembersToo() {
		String parent = this.groups.addGroup(P1, named("parent")).groupId();
		String child = this.groups.addGroup(P1, child("child", parent)).groupId();
		this.groups.addDevice(P1, child, "d1");

		assertThatExceptionOfType(DeviceGroupNotEmptyException.class)
			.isThrownBy(() -> this.groups.deleteGroup(P1, parent))
			.withMessageContaining("1 child group(s) and 0 device(s)");
		assertThatExceptionOfType(DeviceGroupNotEmptyException.class)
			.isThrownBy(() -> this.groups.deleteGroup(P1, child))
			.withMessageContaining("0 child group(s) and 1 device(s)");
		assertThatExceptionOfType(DeviceGroupNotEmptyException.class)
			.isThrownBy(() -> this.groups.delete("p1", DEFAULT_INSTANCE, parent));

		assertThat(this.groups.delete("p1", DEFAULT_INSTANCE, child)).isTrue();
		this.groups.deleteGroup(P1, parent);
		assertThat(this.groups.list("p1", DEFAULT_INSTANCE)).isEmpty();
		assertThat(this.groups.groupsOfDevice(P1, "d1")).isEmpty();
	}

	@Test
	void givesEmptyMembersForAGroupWithoutDevicesAndRefusesTheMembersOfADynamicGroup() {
		String empty = this.groups.addGroup(P1, named("empty")).groupId();
		String dynamic = this.groups
			.addGroup(P1, new NewDeviceGroup(null, null, null, null, GroupType.DYNAMIC, "product_id = 'x'"))
			.groupId();

		assertThat(this.groups.membersOf("p1", DEFAULT_INSTANCE, List.of(empty, "unknown")))
			.containsExactly(Map.entry(empty, List.of()));
		assertThatExceptionOfType(DynamicGroupMembersException.class)
			.isThrownBy(() -> this.groups.membersOf("p1", DEFAULT_INSTANCE, List.of(empty, dynamic)));
		assertThatExceptionOfType(DynamicGroupMembersException.class)
			.isThrownBy(() -> this.groups.addDevice(P1, dynamic, "d1"));
		assertThatExceptionOfType(DynamicGroupMembersException.class)
			.isThrownBy(() -> this.groups.replaceMembers("p1", DEFAULT_INSTANCE, dynamic, List.of("d1")));
	}

	private static NewDeviceGroup named(String name) {
		return new NewDeviceGroup(name, null, null, null, null, null);
	}

	private static NewDeviceGroup child(String name, String parent) {
		return new NewDeviceGroup(name, null, parent, null, null, null);
	}

	/** The emulated clock, standing still. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
