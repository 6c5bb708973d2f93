package io.iotda.emulator.batchfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnNamesTests {

	@ParameterizedTest(name = "[{0}] is {1}")
	@CsvSource(delimiter = '|',
			value = { "node_id|node_id", "nodeId|node_id", "NodeID|node_id", "Node ID|node_id", "*node_id|node_id",
					"node_id*|node_id", "node_id(required)|node_id", "node_id（必填）|node_id", "'device-id '|device_id",
					"product.id|product_id", "deviceName|device_name", "SECRET|secret", "fw_version|fw_version" })
	void namesTheFieldWhateverTheHeadersSpelling(String header, String field) {
		assertThat(ColumnNames.normalise(header)).contains(field);
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", "   ", "*", "设备标识", "1st", "node id!", "_node" })
	void findsNoFieldInAHeaderThatNamesNone(String header) {
		assertThat(ColumnNames.normalise(header)).isEmpty();
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "node_id\nthe device's physical id", "node_id\r\n(required)" })
	void dropsANoteOnALineOfItsOwn(String header) {
		assertThat(ColumnNames.normalise(header)).contains("node_id");
	}

}
