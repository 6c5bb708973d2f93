package io.iotda.emulator.devicegroup;

import static io.iotda.emulator.support.IotdaEnvelopes.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the official SDK would never send to the device-group API, sent with REST Assured:
 * every malformed field, parameter and header is refused with IoTDA's envelope and
 * changes nothing.
 */
class DeviceGroupInputIntegrationTests extends AbstractApiIntegrationTests {

	private static final String GROUPS = "/v5/iot/{project_id}/device-group";

	private static final String GROUP = GROUPS + "/{group_id}";

	private static final String PROJECT = "p1";

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					{"name":"a<b"}                                                   | name must be 1 to 64
					{"name":""}                                                      | name must be 1 to 64
					{"name":"nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"} | name must be 1 to 64
					{"description":"line\\nbreak"}                                  | description must be 1 to 64
					{"super_group_id":"not/an-id"}                                   | super_group_id must be 1 to 64
					{"app_id":"app.1"}                                               | app_id must be 1 to 36
					{"group_type":"static"}                                          | group_type must be STATIC or DYNAMIC
					{"group_type":"DYNAMIC","dynamic_group_rule":""}                 | dynamic_group_rule must be 1 to 2048
					{"dynamic_group_rule":"x = 1"}                                   | dynamic_group_rule is only for a DYNAMIC group
					{"group_type":"DYNAMIC","dynamic_group_rule":"x = 1","super_group_id":"abc"} | super_group_id is not for a DYNAMIC group
					{"name":["a"]}                                                   | name has an invalid type or value
					""")
	void refusesABodyFieldThatBreaksItsRule(String body, String message) {
		assertRefused(api().body(body).post(GROUPS, PROJECT), 400, "IOTDA.000006").body("error_msg",
				containsString(message));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM device_group", Integer.class)).isZero();
	}

	@Test
	void takesChineseCharactersAndIotdasPunctuationInNamesAndDescriptions() {
		api().body("{\"name\":\"水表组 A_1?'#().,&%@!-\",\"description\":\"一号楼\"}")
			.post(GROUPS, PROJECT)
			.then()
			.statusCode(201)
			.body("group_id", matchesPattern("[0-9a-f]{32}"))
			.body("name", equalTo("水表组 A_1?'#().,&%@!-"))
			.body("description", equalTo("一号楼"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{", "[]", "not json", "{\"name\":\"a\",\"name\":\"b\"}" })
	void refusesABodyThatIsNoJsonObject(String body) {
		assertRefused(api().body(body).post(GROUPS, PROJECT), 400, "IOTDA.000008");
		assertRefused(api().body(body).put(GROUP, PROJECT, created()), 400, "IOTDA.000008");
	}

	@Test
	void refusesACreateWithoutABodyOrAsAnotherMediaType() {
		assertRefused(api().post(GROUPS, PROJECT), 400, "IOTDA.000008");
		assertRefused(api().contentType("text/plain").body("name=x").post(GROUPS, PROJECT), 400, "IOTDA.000008");
	}

	@ParameterizedTest
	@ValueSource(strings = { "g%20x", "g.x", "%E4%B8%AD" })
	void refusesAGroupIdThatBreaksItsRule(String groupId) {
		assertRefused(api().urlEncodingEnabled(false).get("/v5/iot/p1/device-group/" + groupId), 400, "IOTDA.000006");
		assertRefused(api().urlEncodingEnabled(false).get("/v5/iot/p1/device-group/" + "g".repeat(65)), 400,
				"IOTDA.000006")
			.body("error_msg", containsString("group_id"));
	}

	@Test
	void refusesAnUpdateThatBreaksAFieldRuleAndKeepsTheGroup() {
		String groupId = created();

		assertRefused(api().body("{\"name\":\"a<b\"}").put(GROUP, PROJECT, groupId), 400, "IOTDA.000006");
		api().get(GROUP, PROJECT, groupId).then().statusCode(200).body("name", equalTo("kept"));
		assertRefused(api().body("{\"name\":\"x\"}").put(GROUP, PROJECT, "0123456789abcdef0123456789abcdef"), 404,
				"IOTDA.003001");
	}

	@ParameterizedTest
	@CsvSource({ "action_id=moveDevice&device_id=d1, action_id", "action_id=addDevice&device_id=d%2F1, device_id",
			"action_id=addDevice, device_id is required", "device_id=d1, action_id is required",
			"action_id=addDevice&device_id=" + "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd"
					+ "ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd, device_id" })
	void refusesAnActionWithABadActionOrDevice(String query, String message) {
		String groupId = created();

		assertRefused(api().urlEncodingEnabled(false).post("/v5/iot/p1/device-group/" + groupId + "/action?" + query),
				400, "IOTDA.000006")
			.body("error_msg", containsString(message));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM device_group_member", Integer.class)).isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			limit=0                         | IOTDA.000017
			limit=51                        | IOTDA.000017
			limit=ten                       | IOTDA.000017
			offset=501                      | IOTDA.000018
			offset=-1                       | IOTDA.000018
			marker=xyz                      | IOTDA.000006
			group_type=static               | IOTDA.000006
			app_id=app.1                    | IOTDA.000006
			name=a%3Cb                      | IOTDA.000006
			last_modified_time=20240230T000000Z | IOTDA.000009
			last_modified_time=yesterday    | IOTDA.000009
			""")
	void refusesAListParameterThatBreaksItsRule(String query, String code) {
		assertRefused(api().urlEncodingEnabled(false).get("/v5/iot/p1/device-group?" + query), 400, code);
	}

	@Test
	void refusesTheDevicesOfAGroupWithBadPaging() {
		String groupId = created();

		assertRefused(api().get(GROUP + "/devices?limit=100", PROJECT, groupId), 400, "IOTDA.000017");
		assertRefused(api().get(GROUP + "/devices?offset=600", PROJECT, groupId), 400, "IOTDA.000018");
		assertRefused(api().get(GROUP + "/devices?marker=ffff", PROJECT, groupId), 400, "IOTDA.000006");
	}

	@Test
	void refusesTheGroupsOfADeviceIdThatBreaksItsRule() {
		assertRefused(api().urlEncodingEnabled(false).post("/v5/iot/p1/devices/d.1/list-device-group"), 400,
				"IOTDA.000006")
			.body("error_msg", containsString("device_id"));
		assertRefused(api().get("/v5/iot/p1/devices/d1/list-device-group"), 404, "APIGW.0101");
	}

	@Test
	void refusesAnEmptyOrOverlongInstanceId() {
		assertRefused(api().header("Instance-Id", "").get(GROUPS, PROJECT), 400, "IOTDA.000006").body("error_msg",
				containsString("Instance-Id"));
		assertRefused(api().header("Instance-Id", "i".repeat(37)).body("{}").post(GROUPS, PROJECT), 400,
				"IOTDA.000006");
	}

	@Test
	void answersAMethodNoOperationHasWithTheGatewaysNotFound() {
		String groupId = created();

		Response patched = api().body("{}").patch(GROUP, PROJECT, groupId);
		assertRefused(patched, 404, "APIGW.0101");
		assertRefused(api().delete(GROUPS, PROJECT), 404, "APIGW.0101");
	}

	private String created() {
		return api().body("{\"name\":\"kept\"}")
			.post(GROUPS, PROJECT)
			.then()
			.statusCode(201)
			.extract()
			.path("group_id");
	}

}
