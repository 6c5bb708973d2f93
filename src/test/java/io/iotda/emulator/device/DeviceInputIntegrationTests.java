package io.iotda.emulator.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.iotda.emulator.support.AbstractApiIntegrationTests;
import io.iotda.emulator.web.TenantScope;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Input the official SDK would not send, over plain HTTP: every refusal is IoTDA's
 * envelope with the code IoTDA documents, and nothing is stored.
 */
class DeviceInputIntegrationTests extends AbstractApiIntegrationTests {

	private static final String PRODUCTS = "/v5/iot/input1/products";

	private static final String DEVICES = "/v5/iot/input1/devices";

	private static final String PRODUCT = """
			{"product_id":"meter","name":"SmartMeter","device_type":"Meter","protocol_type":"MQTT",
			 "service_capabilities":[]%s}""";

	@Autowired
	private DeviceRegistry registry;

	@BeforeEach
	void aProduct() {
		api().body(PRODUCT.formatted("")).post(PRODUCTS).then().statusCode(201);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					no name                       | {"product_id":"p2","device_type":"Meter","protocol_type":"MQTT","service_capabilities":[]}
					no service_capabilities       | {"product_id":"p2","name":"n","device_type":"Meter","protocol_type":"MQTT"}
					an unknown protocol_type      | {"product_id":"p2","name":"n","device_type":"Meter","protocol_type":"ZigBee","service_capabilities":[]}
					an unknown data_format        | {"product_id":"p2","name":"n","device_type":"Meter","protocol_type":"MQTT","data_format":"xml","service_capabilities":[]}
					a name with a space           | {"product_id":"p2","name":"smart meter","device_type":"Meter","protocol_type":"MQTT","service_capabilities":[]}
					a product_id of 37 characters | {"product_id":"p234567890123456789012345678901234567","name":"n","device_type":"Meter","protocol_type":"MQTT","service_capabilities":[]}
					a product_id with a dot       | {"product_id":"p.2","name":"n","device_type":"Meter","protocol_type":"MQTT","service_capabilities":[]}
					a capability that is a number | {"product_id":"p2","name":"n","device_type":"Meter","protocol_type":"MQTT","service_capabilities":[1]}
					capabilities that are a map   | {"product_id":"p2","name":"n","device_type":"Meter","protocol_type":"MQTT","service_capabilities":{}}
					""")
	void refusesAProductWhoseFieldBreaksItsRule(String what, String body) {
		refused(api().body(body).post(PRODUCTS), 400, "IOTDA.000006");

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM product", Integer.class)).isOne();
	}

	@Test
	void acceptsWhiteSpaceAndChinesePunctuationInAProductDescription() {
		api()
			.body(PRODUCT.formatted(",\"product_id\":\"p2\",\"description\":\"电表, hall A；二楼\"")
				.replace("\"product_id\":\"meter\",", ""))
			.post(PRODUCTS)
			.then()
			.statusCode(201)
			.body("description", equalTo("电表, hall A；二楼"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					no node_id                       | {"product_id":"meter"}
					no product_id                    | {"node_id":"n1"}
					a node_id of 65 characters       | {"node_id":"n2345678901234567890123456789012345678901234567890123456789012345","product_id":"meter"}
					a device_id with a slash         | {"device_id":"a/b","node_id":"n1","product_id":"meter"}
					a device_name with a space       | {"node_id":"n1","product_id":"meter","device_name":"my meter"}
					a secret of 7 characters         | {"node_id":"n1","product_id":"meter","auth_info":{"secret":"1234567"}}
					a secret of 33 characters        | {"node_id":"n1","product_id":"meter","auth_info":{"secret":"123456789012345678901234567890123"}}
					an unknown auth_type             | {"node_id":"n1","product_id":"meter","auth_info":{"auth_type":"TOKEN"}}
					a fingerprint of 39 digits       | {"node_id":"n1","product_id":"meter","auth_info":{"auth_type":"CERTIFICATES","fingerprint":"012345678901234567890123456789012345678"}}
					a negative timeout               | {"node_id":"n1","product_id":"meter","auth_info":{"timeout":-1}}
					a timeout past the int range     | {"node_id":"n1","product_id":"meter","auth_info":{"timeout":2147483648}}
					an extension_info that is text   | {"node_id":"n1","product_id":"meter","extension_info":"hall A"}
					a gateway_id that is no device   | {"node_id":"n1","product_id":"meter","gateway_id":"ghost"}
					""")
	void refusesADeviceWhoseFieldBreaksItsRule(String what, String body) {
		refused(api().body(body).post(DEVICES), 400, "IOTDA.000006");

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM device", Integer.class)).isZero();
	}

	@Test
	void refusesAnExtensionInfoOverOneKilobyte() {
		String body = "{\"node_id\":\"n1\",\"product_id\":\"meter\",\"extension_info\":{\"notes\":\"%s\"}}"
			.formatted("x".repeat(1024));

		refused(api().body(body).post(DEVICES), 400, "IOTDA.000006").body("error_msg",
				startsWith("Invalid input data. extension_info must be at most 1 KB"));
	}

	@Test
	void refusesABodyThatIsNotJson() {
		refused(api().body("{\"node_id\":").post(DEVICES), 400, "IOTDA.000008");
		refused(api().body("{\"name\":").post(PRODUCTS), 400, "IOTDA.000008");
		refused(api().body("{\"device_name\":\"a\",\"device_name\":\"b\"}").put(DEVICES + "/meter_n1"), 400,
				"IOTDA.000008");
	}

	@Test
	void refusesAnUpdateWhoseFieldBreaksItsRule() {
		api().body("{\"node_id\":\"n1\",\"product_id\":\"meter\",\"device_name\":\"Before\"}")
			.post(DEVICES)
			.then()
			.statusCode(201);

		refused(api().body("{\"device_name\":\"with space\"}").put(DEVICES + "/meter_n1"), 400, "IOTDA.000006");
		refused(api().body("{\"auth_info\":{\"timeout\":-5}}").put(DEVICES + "/meter_n1"), 400, "IOTDA.000006");

		api().get(DEVICES + "/meter_n1").then().statusCode(200).body("device_name", equalTo("Before"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			limit=0                           | IOTDA.000017
			limit=51                          | IOTDA.000017
			limit=0x10                        | IOTDA.000017
			offset=501                        | IOTDA.000018
			offset=-1                         | IOTDA.000018
			marker=abc                        | IOTDA.000006
			start_time=2024-06-27T08:15:30Z   | IOTDA.000009
			end_time=20240230T000000Z         | IOTDA.000009
			start_time=20240628T000000Z&end_time=20240627T000000Z | IOTDA.000010
			is_cascade_query=maybe            | IOTDA.000006
			node_id=n.1                       | IOTDA.000006
			product_id=p.1                    | IOTDA.000006
			gateway_id=g/1                    | IOTDA.000006
			device_name=a%20b                 | IOTDA.000006
			app_id=a.b                        | IOTDA.000006
			""")
	void refusesAListQueryThatBreaksItsRule(String query, String code) {
		refused(api().urlEncodingEnabled(false).get(DEVICES + "?" + query), 400, code);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "limit=51", "offset=501", "product_name=a%20b", "app_id=a.b", "marker=xyz" })
	void refusesAProductListQueryThatBreaksItsRule(String query) {
		Response response = api().urlEncodingEnabled(false).get(PRODUCTS + "?" + query);

		response.then().statusCode(400).body("error_code", startsWith("IOTDA.0000"));
	}

	@Test
	void refusesPathIdsNoDeviceOrProductCanHave() {
		refused(api().get(DEVICES + "/" + "d".repeat(129)), 400, "IOTDA.000006");
		refused(api().post(DEVICES + "/a.b/freeze"), 400, "IOTDA.000006");
		refused(api().get(PRODUCTS + "/" + "p".repeat(37)), 400, "IOTDA.000006");
	}

	@Test
	void refusesAnInstanceIdOverThirtySixCharacters() {
		refused(api().header("Instance-Id", "i".repeat(37)).get(DEVICES), 400, "IOTDA.000006");
		refused(api().header("Instance-Id", "").get(PRODUCTS), 400, "IOTDA.000006");
	}

	@Test
	void answersAMethodNoOperationHasWithTheGatewayCode() {
		refused(api().patch(DEVICES + "/meter_n1"), 404, "APIGW.0101");
		refused(api().get(DEVICES + "/meter_n1/freeze"), 404, "APIGW.0101");
	}

	@Test
	void answersShowProductOfAnotherResourceSpaceWithNotFound() {
		api().body(PRODUCT.formatted(",\"app_id\":\"app_1\"").replace("\"meter\"", "\"p2\""))
			.post(PRODUCTS)
			.then()
			.statusCode(201);

		api().get(PRODUCTS + "/p2?app_id=app_1").then().statusCode(200).body("app_id", equalTo("app_1"));
		refused(api().get(PRODUCTS + "/p2?app_id=app_2"), 404, "IOTDA.013000");
		refused(api().delete(PRODUCTS + "/p2?app_id=app_2"), 404, "IOTDA.013000");
		api().get(PRODUCTS + "/p2").then().statusCode(200);
	}

	@Test
	void registersADeviceOnFirstUseThatTheDeviceApisShow() {
		this.registry.registerOnFirstUse(TenantScope.of("input1", null), List.of("first-use-1"));

		api().get(DEVICES + "/first-use-1")
			.then()
			.statusCode(200)
			.body("node_id", equalTo("first-use-1"))
			.body("gateway_id", equalTo("first-use-1"))
			.body("node_type", equalTo("GATEWAY"))
			.body("status", equalTo("INACTIVE"))
			.body("containsKey('product_id')", equalTo(false))
			.body("containsKey('auth_info')", equalTo(false));
		assertThat(this.registry.mode()).isEqualTo(RegistryMode.LENIENT);
	}

	private ValidatableResponse refused(Response response, int status, String code) {
		return response.then()
			.statusCode(status)
			.contentType("application/json")
			.body("error_code", equalTo(code))
			.body("error_msg", not(emptyOrNullString()));
	}

}
