package io.iotda.emulator.devicegroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.iotda.v5.IoTDAClient;
import com.huaweicloud.sdk.iotda.v5.model.AddDeviceGroupDTO;
import com.huaweicloud.sdk.iotda.v5.model.AddDeviceGroupRequest;
import com.huaweicloud.sdk.iotda.v5.model.AddDeviceGroupResponse;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTask;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTaskResponse;
import com.huaweicloud.sdk.iotda.v5.model.CreateOrDeleteDeviceInGroupRequest;
import com.huaweicloud.sdk.iotda.v5.model.CreateOrDeleteDeviceInGroupResponse;
import com.huaweicloud.sdk.iotda.v5.model.DeleteDeviceGroupRequest;
import com.huaweicloud.sdk.iotda.v5.model.DeleteDeviceGroupResponse;
import com.huaweicloud.sdk.iotda.v5.model.DeviceGroupResponseSummary;
import com.huaweicloud.sdk.iotda.v5.model.ListDeviceGroupSummary;
import com.huaweicloud.sdk.iotda.v5.model.ListDeviceGroupsByDeviceRequest;
import com.huaweicloud.sdk.iotda.v5.model.ListDeviceGroupsRequest;
import com.huaweicloud.sdk.iotda.v5.model.ListDeviceGroupsResponse;
import com.huaweicloud.sdk.iotda.v5.model.ShowBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.ShowDeviceGroupRequest;
import com.huaweicloud.sdk.iotda.v5.model.ShowDeviceGroupResponse;
import com.huaweicloud.sdk.iotda.v5.model.ShowDevicesInGroupRequest;
import com.huaweicloud.sdk.iotda.v5.model.ShowDevicesInGroupResponse;
import com.huaweicloud.sdk.iotda.v5.model.SimplifyDevice;
import com.huaweicloud.sdk.iotda.v5.model.TaskDetail;
import com.huaweicloud.sdk.iotda.v5.model.UpdateDeviceGroupDTO;
import com.huaweicloud.sdk.iotda.v5.model.UpdateDeviceGroupRequest;
import com.huaweicloud.sdk.iotda.v5.model.UpdateDeviceGroupResponse;
import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.web.IotdaTime;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IoTDA's device-group API driven by Huawei Cloud's own Java SDK, as an application
 * server would drive it, on PostgreSQL: every operation, its paging and filters, the
 * errors, the control plane's alias of the same groups, and a batch task over a group.
 */
class DeviceGroupSdkIntegrationTests extends AbstractApiIntegrationTests {

	private static final String PROJECT = "groupproject";

	private IoTDAClient client;

	@BeforeEach
	void buildClient() {
		this.client = IoTDAClient.newBuilder()
			.withCredential(new BasicCredentials().withAk("EMULATORTESTAK0000002")
				.withSk("emulator-test-secret-key-0000000000000002")
				.withProjectId(PROJECT))
			.withHttpConfig(HttpConfig.getDefaultHttpConfig().withTimeout(10))
			.withEndpoint("http://127.0.0.1:" + this.port)
			.build();
	}

	@Test
	void createsShowsUpdatesAndDeletesAGroup() {
		AddDeviceGroupResponse created = this.client.addDeviceGroup(new AddDeviceGroupRequest()
			.withBody(new AddDeviceGroupDTO().withName("GroupA").withDescription("Meters (A)").withAppId("app_1")));

		assertThat(created.getHttpStatusCode()).isEqualTo(201);
		assertThat(created.getGroupId()).matches("[0-9a-f]{32}");
		assertThat(created.getName()).isEqualTo("GroupA");
		assertThat(created.getDescription()).isEqualTo("Meters (A)");
		assertThat(created.getSuperGroupId()).isNull();
		assertThat(created.getGroupType()).isEqualTo("STATIC");
		assertThat(created.getDynamicGroupRule()).isNull();

		ShowDeviceGroupResponse shown = show(created.getGroupId());
		assertThat(shown.getHttpStatusCode()).isEqualTo(200);
		assertThat(shown.getGroupId()).isEqualTo(created.getGroupId());
		assertThat(shown.getName()).isEqualTo("GroupA");
		assertThat(shown.getGroupType()).isEqualTo("STATIC");

		UpdateDeviceGroupResponse updated = this.client
			.updateDeviceGroup(new UpdateDeviceGroupRequest().withGroupId(created.getGroupId())
				.withBody(new UpdateDeviceGroupDTO().withName("设备组B")));
		assertThat(updated.getHttpStatusCode()).isEqualTo(200);
		assertThat(updated.getName()).isEqualTo("设备组B");
		assertThat(updated.getDescription()).as("left out, so kept").isEqualTo("Meters (A)");
		assertThat(show(created.getGroupId()).getName()).isEqualTo("设备组B");

		DeleteDeviceGroupResponse deleted = this.client
			.deleteDeviceGroup(new DeleteDeviceGroupRequest().withGroupId(created.getGroupId()));
		assertThat(deleted.getHttpStatusCode()).isEqualTo(204);
		assertError(() -> show(created.getGroupId()), 404, "IOTDA.003001", "The device group does not exist.");
		assertError(
				() -> this.client.deleteDeviceGroup(new DeleteDeviceGroupRequest().withGroupId(created.getGroupId())),
				404, "IOTDA.003001", null);
	}

	@Test
	void makesChildGroupsAndDynamicGroupsWithTheirRule() {
		String parent = add(new AddDeviceGroupDTO().withName("parent"));
		AddDeviceGroupResponse child = this.client.addDeviceGroup(new AddDeviceGroupRequest()
			.withBody(new AddDeviceGroupDTO().withName("child").withSuperGroupId(parent)));
		AddDeviceGroupResponse dynamic = this.client.addDeviceGroup(new AddDeviceGroupRequest()
			.withBody(new AddDeviceGroupDTO().withGroupType("DYNAMIC").withDynamicGroupRule("product_id = 'p1'")));

		assertThat(child.getSuperGroupId()).isEqualTo(parent);
		assertThat(show(child.getGroupId()).getSuperGroupId()).isEqualTo(parent);
		assertThat(dynamic.getGroupType()).isEqualTo("DYNAMIC");
		assertThat(show(dynamic.getGroupId()).getDynamicGroupRule()).isEqualTo("product_id = 'p1'");
		assertError(() -> this.client.deleteDeviceGroup(new DeleteDeviceGroupRequest().withGroupId(parent)), 403,
				"IOTDA.003009", null);
		assertError(() -> action(dynamic.getGroupId(), "addDevice", "d1"), 403, "IOTDA.003010", null);
		assertError(
				() -> this.client.showDevicesInGroup(new ShowDevicesInGroupRequest().withGroupId(dynamic.getGroupId())),
				403, "IOTDA.003010", null);
		assertError(
				() -> this.client.addDeviceGroup(new AddDeviceGroupRequest().withBody(
						new AddDeviceGroupDTO().withName("lost").withSuperGroupId("0123456789abcdef0123456789abcdef"))),
				404, "IOTDA.003001", "The device group does not exist. super_group_id 0123456789abcdef0123456789abcdef "
						+ "names no device group.");
		assertError(
				() -> this.client.addDeviceGroup(
						new AddDeviceGroupRequest().withBody(new AddDeviceGroupDTO().withGroupType("DYNAMIC"))),
				400, "IOTDA.000006", "Invalid input data. dynamic_group_rule is required for a DYNAMIC group.");
		assertError(() -> add(new AddDeviceGroupDTO().withName("parent")), 400, "IOTDA.003002", null);
	}

	@Test
	void listsGroupsNewestFirstWithFiltersAndPaging() {
		String first = add(new AddDeviceGroupDTO().withName("first").withAppId("app_1"));
		String second = add(new AddDeviceGroupDTO().withName("second"));
		String third = add(new AddDeviceGroupDTO().withGroupType("DYNAMIC").withDynamicGroupRule("status = 'ONLINE'"));
		api().body("{\"seconds\":60}").post("/_emulator/clock/advance").then().statusCode(200);
		String afterCreates = IotdaTime
			.format(this.jdbc.queryForObject("SELECT max(create_time) FROM device_group", Timestamp.class)
				.toInstant()
				.plusSeconds(30));
		this.client.updateDeviceGroup(new UpdateDeviceGroupRequest().withGroupId(first)
			.withBody(new UpdateDeviceGroupDTO().withDescription("changed")));

		ListDeviceGroupsResponse all = this.client.listDeviceGroups(new ListDeviceGroupsRequest());
		assertThat(all.getHttpStatusCode()).isEqualTo(200);
		assertThat(all.getDeviceGroups()).extracting(DeviceGroupResponseSummary::getGroupId)
			.containsExactly(third, second, first);
		assertThat(all.getPage().getCount()).isEqualTo(3L);
		assertThat(all.getDeviceGroups().get(2).getDescription()).isEqualTo("changed");

		ListDeviceGroupsResponse page1 = this.client.listDeviceGroups(new ListDeviceGroupsRequest().withLimit(2));
		ListDeviceGroupsResponse page2 = this.client
			.listDeviceGroups(new ListDeviceGroupsRequest().withLimit(2).withMarker(page1.getPage().getMarker()));
		ListDeviceGroupsResponse skipped = this.client
			.listDeviceGroups(new ListDeviceGroupsRequest().withLimit(1).withOffset(1));
		assertThat(page1.getDeviceGroups()).extracting(DeviceGroupResponseSummary::getGroupId)
			.containsExactly(third, second);
		assertThat(page1.getPage().getMarker()).matches("[0-9a-f]{24}");
		assertThat(page2.getDeviceGroups()).extracting(DeviceGroupResponseSummary::getGroupId).containsExactly(first);
		assertThat(page2.getPage().getCount()).isEqualTo(3L);
		assertThat(skipped.getDeviceGroups()).extracting(DeviceGroupResponseSummary::getGroupId)
			.containsExactly(second);

		assertThat(ids(new ListDeviceGroupsRequest().withGroupType("DYNAMIC"))).containsExactly(third);
		assertThat(ids(new ListDeviceGroupsRequest().withGroupType("STATIC"))).containsExactly(second, first);
		assertThat(ids(new ListDeviceGroupsRequest().withAppId("app_1"))).containsExactly(first);
		assertThat(ids(new ListDeviceGroupsRequest().withName("second"))).containsExactly(second);
		assertThat(ids(new ListDeviceGroupsRequest().withLastModifiedTime(afterCreates))).containsExactly(first);
		ListDeviceGroupsResponse none = this.client.listDeviceGroups(new ListDeviceGroupsRequest().withName("nobody"));
		assertThat(none.getDeviceGroups()).isEmpty();
		assertThat(none.getPage().getCount()).isZero();
		assertThat(none.getPage().getMarker()).isNull();
		assertError(
				() -> this.client.listDeviceGroups(new ListDeviceGroupsRequest().withLastModifiedTime("2024-01-01")),
				400, "IOTDA.000009", null);
		assertError(() -> this.client.listDeviceGroups(new ListDeviceGroupsRequest().withLimit(51)), 400,
				"IOTDA.000017", null);
	}

	@Test
	void addsAndRemovesDevicesAndListsThemBothWays() {
		String group = add(new AddDeviceGroupDTO().withName("meters"));
		String other = add(new AddDeviceGroupDTO().withName("others"));

		CreateOrDeleteDeviceInGroupResponse added = action(group, "addDevice", "dev-1");
		assertThat(added.getHttpStatusCode()).isEqualTo(200);
		action(group, "addDevice", "dev-2");
		action(group, "addDevice", "dev-3");
		action(other, "addDevice", "dev-1");

		ShowDevicesInGroupResponse devices = this.client
			.showDevicesInGroup(new ShowDevicesInGroupRequest().withGroupId(group));
		assertThat(devices.getHttpStatusCode()).isEqualTo(200);
		assertThat(devices.getDevices()).extracting(SimplifyDevice::getDeviceId)
			.containsExactly("dev-3", "dev-2", "dev-1");
		assertThat(devices.getPage().getCount()).isEqualTo(3L);
		ShowDevicesInGroupResponse firstTwo = this.client
			.showDevicesInGroup(new ShowDevicesInGroupRequest().withGroupId(group).withLimit(2));
		ShowDevicesInGroupResponse rest = this.client
			.showDevicesInGroup(new ShowDevicesInGroupRequest().withGroupId(group)
				.withLimit(2)
				.withMarker(firstTwo.getPage().getMarker()));
		assertThat(firstTwo.getDevices()).extracting(SimplifyDevice::getDeviceId).containsExactly("dev-3", "dev-2");
		assertThat(rest.getDevices()).extracting(SimplifyDevice::getDeviceId).containsExactly("dev-1");

		assertThat(this.client.listDeviceGroupsByDevice(new ListDeviceGroupsByDeviceRequest().withDeviceId("dev-1"))
			.getDeviceGroups()).extracting(ListDeviceGroupSummary::getGroupId, ListDeviceGroupSummary::getName)
			.containsExactly(tuple(other, "others"), tuple(group, "meters"));
		assertThat(this.client.listDeviceGroupsByDevice(new ListDeviceGroupsByDeviceRequest().withDeviceId("nowhere"))
			.getDeviceGroups()).isEmpty();

		assertThat(action(group, "removeDevice", "dev-2").getHttpStatusCode()).isEqualTo(200);
		assertThat(this.client.showDevicesInGroup(new ShowDevicesInGroupRequest().withGroupId(group)).getDevices())
			.extracting(SimplifyDevice::getDeviceId)
			.containsExactly("dev-3", "dev-1");
		assertError(() -> action(group, "removeDevice", "dev-2"), 403, "IOTDA.003006",
				"Operation not allowed. The device does not exist in the group. device_id: dev-2");
		assertError(() -> action(group, "addDevice", "dev-1"), 403, "IOTDA.003005", null);
		assertError(() -> action("0123456789abcdef0123456789abcdef", "addDevice", "dev-1"), 404, "IOTDA.003001", null);
		assertError(() -> this.client.deleteDeviceGroup(new DeleteDeviceGroupRequest().withGroupId(group)), 403,
				"IOTDA.003009", null);
	}

	@Test
	void keepsTheGroupsOfEachInstanceApart() {
		AddDeviceGroupResponse inInstance = this.client
			.addDeviceGroup(new AddDeviceGroupRequest().withInstanceId("instance-1")
				.withBody(new AddDeviceGroupDTO().withName("GroupA")));
		String inDefault = add(new AddDeviceGroupDTO().withName("GroupA"));

		assertThat(this.client
			.showDeviceGroup(
					new ShowDeviceGroupRequest().withInstanceId("instance-1").withGroupId(inInstance.getGroupId()))
			.getName()).isEqualTo("GroupA");
		assertError(() -> show(inInstance.getGroupId()), 404, "IOTDA.003001", null);
		assertThat(ids(new ListDeviceGroupsRequest())).containsExactly(inDefault);
		assertThat(ids(new ListDeviceGroupsRequest().withInstanceId("instance-1")))
			.containsExactly(inInstance.getGroupId());
	}

	@Test
	void seesTheControlPlanesGroupsAndShowsItsOwnThere() {
		api().body("{\"devices\":[\"c-1\",\"c-2\"]}")
			.put("/_emulator/projects/{p}/groups/{g}", PROJECT, "fleet")
			.then()
			.statusCode(200);
		String group = add(new AddDeviceGroupDTO().withName("made-by-sdk"));
		action(group, "addDevice", "s-1");

		ShowDeviceGroupResponse fleet = show("fleet");
		assertThat(fleet.getGroupType()).isEqualTo("STATIC");
		assertThat(fleet.getName()).isNull();
		assertThat(this.client.showDevicesInGroup(new ShowDevicesInGroupRequest().withGroupId("fleet")).getDevices())
			.extracting(SimplifyDevice::getDeviceId)
			.containsExactlyInAnyOrder("c-1", "c-2");
		assertThat(ids(new ListDeviceGroupsRequest())).containsExactly(group, "fleet");
		api().get("/_emulator/projects/{p}/groups/{g}", PROJECT, group)
			.then()
			.statusCode(200)
			.body("devices", equalTo(List.of("s-1")));
		api().get("/_emulator/projects/{p}/groups", PROJECT)
			.then()
			.statusCode(200)
			.body("groups.group_id", hasItem(group));
	}

	@Test
	void createsABatchTaskOverAGroupMadeThroughTheApi() {
		String group = add(new AddDeviceGroupDTO().withName("upgrade-wave-1"));
		action(group, "addDevice", "wave-1");
		action(group, "addDevice", "wave-2");

		CreateBatchTaskResponse task = this.client
			.createBatchTask(new CreateBatchTaskRequest().withBody(new CreateBatchTask().withTaskName("wave_1")
				.withTaskType("firmwareUpgrade")
				.withTargetsFilter(Map.of("group_ids", List.of(group)))
				.withDocument(Map.of("package_ids", List.of("66a1c2d3e4f5a6b7c8d9e0f1")))));

		assertThat(task.getHttpStatusCode()).isEqualTo(201);
		assertThat(task.getTaskProgress().getTotal()).isEqualTo(2);
		assertThat(this.client.showBatchTask(new ShowBatchTaskRequest().withTaskId(task.getTaskId())).getTaskDetails())
			.extracting(TaskDetail::getTarget)
			.containsExactlyInAnyOrder("wave-1", "wave-2");
	}

	private String add(AddDeviceGroupDTO body) {
		return this.client.addDeviceGroup(new AddDeviceGroupRequest().withBody(body)).getGroupId();
	}

	private ShowDeviceGroupResponse show(String groupId) {
		return this.client.showDeviceGroup(new ShowDeviceGroupRequest().withGroupId(groupId));
	}

	private CreateOrDeleteDeviceInGroupResponse action(String groupId, String actionId, String deviceId) {
		return this.client.createOrDeleteDeviceInGroup(new CreateOrDeleteDeviceInGroupRequest().withGroupId(groupId)
			.withActionId(actionId)
			.withDeviceId(deviceId));
	}

	private List<String> ids(ListDeviceGroupsRequest request) {
		return this.client.listDeviceGroups(request)
			.getDeviceGroups()
			.stream()
			.map(DeviceGroupResponseSummary::getGroupId)
			.toList();
	}

	/** The SDK's exception carries the status and the envelope's code and message. */
	private static void assertError(Runnable call, int status, String code, String message) {
		ServiceResponseException ex = catchThrowableOfType(ServiceResponseException.class, call::run);
		assertThat(ex).as("the SDK threw a ServiceResponseException").isNotNull();
		assertThat(ex.getHttpStatusCode()).isEqualTo(status);
		assertThat(ex.getErrorCode()).isEqualTo(code);
		if (message != null) {
			assertThat(ex.getErrorMsg()).isEqualTo(message);
		}
		assertThat(ex.getRequestId()).matches("[0-9a-f]{32}");
	}

}
