package io.iotda.emulator.controlplane.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotda.emulator.controlplane.EmulatorProperties;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookDestinationsTests {

	private final WebhookDestinations byDefault = destinations(List.of());

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			127.0.0.1              | loopback address
			127.255.0.9            | loopback address
			::1                    | loopback address
			::ffff:127.0.0.1       | loopback address
			::127.0.0.1            | loopback address
			64:ff9b::7f00:1        | loopback address
			2002:7f00:1::          | loopback address
			169.254.169.254        | link-local address
			fe80::1                | link-local address
			::ffff:169.254.169.254 | link-local address
			10.1.2.3               | private address
			172.16.0.1             | private address
			172.31.255.255         | private address
			192.168.1.1            | private address
			fc00::1                | private address
			fd12:3456::1           | private address
			100.64.0.1             | carrier-grade NAT address
			100.127.255.254        | carrier-grade NAT address
			0.0.0.0                | unspecified address
			0.1.2.3                | unspecified address
			::                     | unspecified address
			224.0.0.1              | multicast address
			ff02::1                | multicast address
			240.0.0.1              | reserved address
			255.255.255.255        | reserved address
			192.0.2.10             | reserved address
			2001:db8::1            | reserved address
			""")
	void refusesEveryNonPublicAddress(String address, String reason) throws Exception {
		assertThat(this.byDefault.refusal(InetAddress.getByName(address))).isEqualTo(reason);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8" })
	void letsPublicAddressesThrough(String address) throws Exception {
		assertThat(this.byDefault.refusal(InetAddress.getByName(address))).isNull();
	}

	@Test
	void letsTheAllowListThroughAndNothingElse() throws Exception {
		WebhookDestinations allowed = destinations(List.of("127.0.0.1", "10.0.0.0/8", "fd00::/8", "Receiver.Internal"));
		assertThat(allowed.refusal(InetAddress.getByName("127.0.0.1"))).isNull();
		assertThat(allowed.refusal(InetAddress.getByName("10.200.1.1"))).isNull();
		assertThat(allowed.refusal(InetAddress.getByName("fd00::5"))).isNull();
		assertThat(allowed.refusal(InetAddress.getByName("127.0.0.2"))).isEqualTo("loopback address");
		assertThat(allowed.refusal(InetAddress.getByName("192.168.0.1"))).isEqualTo("private address");
		assertThat(allowed.refusalAtRegistration(URI.create("http://receiver.internal:9000/hook"))).isNull();
		assertThat(allowed.refusalAtRegistration(URI.create("http://127.0.0.1:9000/hook"))).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			http://169.254.169.254/latest/meta-data | destination not allowed: link-local address
			http://[::1]:8080/_emulator/reset       | destination not allowed: loopback address
			http://[::ffff:7f00:1]/                 | destination not allowed: loopback address
			http://localhost:8080/_emulator/reset   | destination not allowed: loopback address
			http://api.localhost/                   | destination not allowed: loopback address
			http://LOCALHOST./                      | destination not allowed: loopback address
			https://10.0.0.1/                       | destination not allowed: private address
			http://2130706433/                      | must name a host or a dotted-quad IPv4 address
			http://0177.0.0.1/                      | must name a host or a dotted-quad IPv4 address
			http://127.1/                           | must name a valid host
			http://0x7f.0.0.1/                      | must name a valid host
			http://user@/                           | must name a valid host
			ftp://example.com/                      | must be an absolute http or https URL
			file:///etc/passwd                      | must be an absolute http or https URL
			http://example.com:0/                   | must have a port of 1 to 65535
			http://example.com:70000/               | must have a port of 1 to 65535
			""")
	void refusesAtRegistrationWhatCanBeToldWithoutALookup(String url, String refusal) {
		assertThat(this.byDefault.refusalAtRegistration(URI.create(url))).isEqualTo(refusal);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://receiver.example.com/hook", "http://8.8.8.8:9000/", "http://1e100.net/",
			"http://[2606:4700:4700::1111]/" })
	void acceptsPublicDestinationsAtRegistration(String url) {
		assertThat(this.byDefault.refusalAtRegistration(URI.create(url))).isNull();
	}

	@Test
	void refusesALoopbackNameWhenItResolves() {
		assertThatThrownBy(() -> this.byDefault.resolve("localhost"))
			.isInstanceOf(WebhookDestinations.RefusedDestinationException.class)
			.hasMessage("destination not allowed: loopback address");
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.0.0.0/33", "not a host", "127.0.0.1/x", "::1/129", "" })
	void refusesAllowListEntriesThatAreNoHostAddressOrBlock(String entry) {
		assertThatIllegalArgumentException().isThrownBy(() -> destinations(List.of(entry)));
	}

	private static WebhookDestinations destinations(List<String> allowed) {
		return new WebhookDestinations(
				new EmulatorProperties("", 500, 1024, 3, Duration.ofSeconds(1), Duration.ofSeconds(5), allowed));
	}

}
