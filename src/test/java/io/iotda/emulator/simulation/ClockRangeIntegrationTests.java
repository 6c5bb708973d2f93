package io.iotda.emulator.simulation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/**
 * The clock holds only times that PostgreSQL, H2 and the simulator's arithmetic all hold
 * (1970-01-01T00:00:00Z to 9000-01-01T00:00:00Z): a time, an advance or a speed outside
 * its range is refused with 400 naming the field, and the emulator keeps answering.
 */
class ClockRangeIntegrationTests extends AbstractManualClockIntegrationTests {

	@Test
	void refusesTimesOutsideTheClockRangeAndKeepsAnswering() {
		for (String now : new String[] { "+1000000000-12-31T23:59:59Z", "+300000-01-01T00:00:00Z",
				"9000-01-01T00:00:01Z", "1969-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "-5000-01-01T00:00:00Z",
				"99991231T235959Z" }) {
			api().body("{\"mode\":\"realtime\",\"now\":\"" + now + "\"}")
				.put("/_emulator/clock")
				.then()
				.statusCode(400)
				.body("error_code", equalTo("IOTDA.000006"))
				.body("error_msg", containsString("now"));
			api().get("/_emulator/clock")
				.then()
				.statusCode(200)
				.body("mode", equalTo("manual"))
				.body("now", equalTo(START));
		}
		createUpgrade("d1");
		api().post("/_emulator/reset").then().statusCode(200);
	}

	@Test
	void holdsTasksAtBothEndsOfTheClockRange() {
		for (String now : new String[] { "1970-01-01T00:00:00Z", "9000-01-01T00:00:00Z" }) {
			api().body("{\"now\":\"" + now + "\"}")
				.put("/_emulator/clock")
				.then()
				.statusCode(200)
				.body("now", equalTo(now));
			String taskId = createUpgrade("d1");
			advance(0);
			show(taskId);
		}
	}

	@Test
	void aFastRealtimeClockStopsAtTheEndOfItsRange() throws InterruptedException {
		api().body("{\"mode\":\"realtime\",\"speed\":100000,\"now\":\"9000-01-01T00:00:00Z\"}")
			.put("/_emulator/clock")
			.then()
			.statusCode(200);
		Thread.sleep(50);
		api().get("/_emulator/clock").then().statusCode(200).body("now", equalTo("9000-01-01T00:00:00Z"));
		createUpgrade("d1");
		api().body("{\"mode\":\"manual\"}").put("/_emulator/clock").then().statusCode(200);
	}

	@Test
	void refusesSpeedsOutsideTheirRangeNamingTheField() {
		for (String speed : new String[] { "0", "-1", "100001", "1e300" }) {
			api().body("{\"mode\":\"realtime\",\"speed\":" + speed + "}")
				.put("/_emulator/clock")
				.then()
				.statusCode(400)
				.body("error_code", equalTo("IOTDA.000006"))
				.body("error_msg", containsString("speed"));
		}
		api().get("/_emulator/clock").then().statusCode(200).body("mode", equalTo("manual"));
	}

	@Test
	void refusesAnAdvancePastTheEndOfTheClockNamingTheField() {
		api().body("{\"now\":\"8999-12-31T00:00:00Z\"}").put("/_emulator/clock").then().statusCode(200);

		api().body("{\"seconds\":172800}")
			.post("/_emulator/clock/advance")
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000006"))
			.body("error_msg", containsString("seconds"));
		api().body("{\"duration\":\"P2D\"}")
			.post("/_emulator/clock/advance")
			.then()
			.statusCode(400)
			.body("error_code", equalTo("IOTDA.000006"))
			.body("error_msg", containsString("duration"));
		api().body("{\"seconds\":9223372036854775807}")
			.post("/_emulator/clock/advance")
			.then()
			.statusCode(400)
			.body("error_msg", containsString("seconds"));
		api().body("{\"duration\":\"PT2562047788015215H\"}")
			.post("/_emulator/clock/advance")
			.then()
			.statusCode(400)
			.body("error_msg", containsString("duration"));

		api().body("{\"seconds\":86400}")
			.post("/_emulator/clock/advance")
			.then()
			.statusCode(200)
			.body("clock.now", equalTo("9000-01-01T00:00:00Z"));
	}

}
