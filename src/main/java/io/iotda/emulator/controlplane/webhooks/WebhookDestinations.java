package io.iotda.emulator.controlplane.webhooks;

import io.iotda.emulator.controlplane.EmulatorProperties;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may deliver. A webhook URL is chosen by whoever can reach the control
 * plane, so by default only public unicast addresses are reached: never loopback,
 * link-local (cloud metadata), private (RFC 1918, ULA), carrier-grade NAT, unspecified,
 * multicast or reserved ones, nor their IPv4-mapped, IPv4-compatible, NAT64 and 6to4 IPv6
 * spellings. Otherwise the delivery log would tell anyone which ports answer inside the
 * emulator's network, and a webhook could call the emulator's own control plane.
 * <p>
 * The check is made on the address a delivery connects to, resolved once per attempt (a
 * name that resolves to a public address for the check and to a private one for the
 * connection cannot slip through), and at registration on literal addresses and
 * {@code localhost} names. {@code iotda.emulator.webhook-allowed-hosts} lists the
 * exceptions: host names (as written in the URL), addresses and CIDR blocks.
 */
@Component
public class WebhookDestinations {

	/** A dotted quad of decimal numbers: the only IPv4 spelling accepted in a URL. */
	private static final Pattern DOTTED_QUAD = Pattern
		.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)" + "(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");

	/** A host made of digits, dots and hex: some other (ambiguous) number spelling. */
	private static final Pattern NUMERIC_HOST = Pattern.compile("^(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]*))*$");

	private static final Pattern HOST_NAME = Pattern
		.compile("^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*\\.?$");

	/** Address blocks no webhook reaches by default, most specific kind first. */
	private static final List<AddressBlock> REFUSED = List.of(block("0.0.0.0/8", "unspecified address"),
			block("10.0.0.0/8", "private address"), block("100.64.0.0/10", "carrier-grade NAT address"),
			block("127.0.0.0/8", "loopback address"), block("169.254.0.0/16", "link-local address"),
			block("172.16.0.0/12", "private address"), block("192.0.0.0/24", "reserved address"),
			block("192.0.2.0/24", "reserved address"), block("192.88.99.0/24", "reserved address"),
			block("192.168.0.0/16", "private address"), block("198.18.0.0/15", "reserved address"),
			block("198.51.100.0/24", "reserved address"), block("203.0.113.0/24", "reserved address"),
			block("224.0.0.0/4", "multicast address"), block("240.0.0.0/4", "reserved address"),
			block("::/128", "unspecified address"), block("::1/128", "loopback address"),
			block("::/96", "reserved address"), block("100::/64", "reserved address"),
			block("2001::/32", "reserved address"), block("2001:db8::/32", "reserved address"),
			block("fc00::/7", "private address"), block("fe80::/10", "link-local address"),
			block("fec0::/10", "private address"), block("ff00::/8", "multicast address"));

	private final Set<String> allowedNames = new LinkedHashSet<>();

	private final List<AddressBlock> allowedBlocks = new ArrayList<>();

	WebhookDestinations(EmulatorProperties properties) {
		for (String entry : properties.webhookAllowedHosts()) {
			String value = entry.trim().toLowerCase(Locale.ROOT);
			if (isAddressOrBlock(value)) {
				this.allowedBlocks.add(block(value, "allowed"));
			}
			else {
				this.allowedNames.add(stripDot(value));
			}
		}
	}

	/**
	 * Checks an allow-list entry: a host name, an IP address or a CIDR block.
	 * @throws IllegalArgumentException naming the entry when it is none of them
	 */
	public static void checkAllowListEntry(String entry) {
		String value = (entry != null) ? entry.trim().toLowerCase(Locale.ROOT) : "";
		if (isAddressOrBlock(value)) {
			block(value, "allowed");
		}
		else if (!HOST_NAME.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"webhook-allowed-hosts entry '" + entry + "' is not a host name, IP address or CIDR block");
		}
	}

	/**
	 * Why a URL may not be registered, checked without a DNS lookup: its scheme, port,
	 * and a literal address or {@code localhost} name that points where webhooks may not
	 * go; null when it may be registered (its name is checked again at each delivery).
	 */
	String refusalAtRegistration(URI url) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!"http".equals(scheme) && !"https".equals(scheme)) {
			return "must be an absolute http or https URL";
		}
		String host = (url.getHost() != null) ? url.getHost().toLowerCase(Locale.ROOT) : null;
		if (host == null || host.isEmpty()) {
			return "must name a valid host";
		}
		if (url.getPort() == 0 || url.getPort() > 65535) {
			return "must have a port of 1 to 65535";
		}
		if (this.allowedNames.contains(stripDot(host))) {
			return null;
		}
		InetAddress literal;
		try {
			literal = literal(host);
		}
		catch (IllegalArgumentException ex) {
			return ex.getMessage();
		}
		if (literal == null) {
			String name = stripDot(host);
			boolean localhost = name.equals("localhost") || name.endsWith(".localhost");
			return localhost ? "destination not allowed: loopback address" : null;
		}
		String reason = refusal(literal);
		return (reason != null) ? "destination not allowed: " + reason : null;
	}

	/**
	 * The address a delivery to this host connects to: the host's first address webhooks
	 * may reach. Resolved once, so the address checked is the address connected to.
	 * @throws UnknownHostException when the name does not resolve
	 * @throws RefusedDestinationException when no address of the host may be reached
	 */
	InetAddress resolve(String urlHost) throws UnknownHostException {
		String host = urlHost.toLowerCase(Locale.ROOT);
		InetAddress literal;
		try {
			literal = literal(host);
		}
		catch (IllegalArgumentException ex) {
			throw new RefusedDestinationException("not a valid address");
		}
		InetAddress[] addresses = (literal != null) ? new InetAddress[] { literal }
				: InetAddress.getAllByName(stripDot(host));
		if (this.allowedNames.contains(stripDot(host))) {
			return addresses[0];
		}
		String firstReason = null;
		for (InetAddress address : addresses) {
			String reason = refusal(address);
			if (reason == null) {
				return address;
			}
			firstReason = (firstReason != null) ? firstReason : reason;
		}
		throw new RefusedDestinationException(firstReason);
	}

	/** Why webhooks may not reach this address; null when they may. */
	String refusal(InetAddress address) {
		for (AddressBlock allowed : this.allowedBlocks) {
			if (allowed.contains(address)) {
				return null;
			}
		}
		return classify(address);
	}

	/**
	 * What kind of non-public address this is ("loopback address", ...); null for a
	 * public unicast address. IPv6 forms that carry an IPv4 address are judged by it.
	 */
	static String classify(InetAddress address) {
		if (address instanceof Inet6Address) {
			byte[] bytes = address.getAddress();
			InetAddress embedded = embeddedIpv4(bytes);
			if (embedded != null) {
				return classify(embedded);
			}
		}
		for (AddressBlock block : REFUSED) {
			if (block.contains(address)) {
				return block.kind();
			}
		}
		return null;
	}

	/**
	 * The IPv4 address inside an IPv4-mapped ({@code ::ffff:0:0/96}), IPv4-compatible
	 * ({@code ::/96}, but not {@code ::} and {@code ::1}), NAT64 ({@code 64:ff9b::/96})
	 * or 6to4 ({@code 2002::/16}) address; null for other addresses.
	 */
	private static InetAddress embeddedIpv4(byte[] bytes) {
		boolean zeroPrefix = allZero(bytes, 0, 10);
		int v4Offset = -1;
		if (zeroPrefix && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
			v4Offset = 12;
		}
		else if (zeroPrefix && bytes[10] == 0 && bytes[11] == 0 && !allZero(bytes, 12, 15)) {
			v4Offset = 12;
		}
		else if ((bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
				&& (bytes[3] & 0xff) == 0x9b && allZero(bytes, 4, 12)) {
			v4Offset = 12;
		}
		else if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
			v4Offset = 2;
		}
		if (v4Offset < 0) {
			return null;
		}
		try {
			return InetAddress.getByAddress(
					new byte[] { bytes[v4Offset], bytes[v4Offset + 1], bytes[v4Offset + 2], bytes[v4Offset + 3] });
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean allZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The address a URL host spells literally, parsed without a DNS lookup; null for a
	 * host name.
	 * @throws IllegalArgumentException for a number that is not a dotted quad (such as
	 * {@code 2130706433} or {@code 0177.0.0.1}): clients read those differently
	 */
	static InetAddress literal(String host) {
		String value = host.toLowerCase(Locale.ROOT);
		if (value.startsWith("[") && value.endsWith("]")) {
			value = value.substring(1, value.length() - 1);
			if (!value.matches("^[0-9a-f:.]+$")) {
				throw new IllegalArgumentException("must name a host: this IPv6 address is not valid");
			}
			return parse(value);
		}
		if (DOTTED_QUAD.matcher(value).matches()) {
			return parse(value);
		}
		if (NUMERIC_HOST.matcher(stripDot(value)).matches()) {
			throw new IllegalArgumentException("must name a host or a dotted-quad IPv4 address");
		}
		return null;
	}

	private static InetAddress parse(String literal) {
		try {
			// A literal address: getByName parses it without any lookup.
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("must name a host: this address is not valid");
		}
	}

	private static boolean isAddressOrBlock(String value) {
		String address = (value.indexOf('/') >= 0) ? value.substring(0, value.indexOf('/')) : value;
		return address.indexOf(':') >= 0 || DOTTED_QUAD.matcher(address).matches();
	}

	private static String stripDot(String host) {
		return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
	}

	private static AddressBlock block(String cidr, String kind) {
		int slash = cidr.indexOf('/');
		String address = (slash >= 0) ? cidr.substring(0, slash) : cidr;
		if (address.indexOf(':') < 0 && !DOTTED_QUAD.matcher(address).matches()) {
			throw new IllegalArgumentException("'" + cidr + "' is not an IP address or CIDR block");
		}
		InetAddress network = parse(address);
		int bits = network.getAddress().length * 8;
		int prefix;
		try {
			prefix = (slash >= 0) ? Integer.parseInt(cidr.substring(slash + 1)) : bits;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + cidr + "' has no valid prefix length");
		}
		if (prefix < 0 || prefix > bits) {
			throw new IllegalArgumentException("'" + cidr + "' has a prefix length above " + bits);
		}
		return new AddressBlock(network.getAddress(), prefix, kind);
	}

	/** A CIDR block of IPv4 or IPv6 addresses. */
	record AddressBlock(byte[] network, int prefix, String kind) {

		boolean contains(InetAddress address) {
			byte[] candidate = address.getAddress();
			if (candidate.length != this.network.length) {
				return false;
			}
			int full = this.prefix / 8;
			for (int i = 0; i < full; i++) {
				if (candidate[i] != this.network[i]) {
					return false;
				}
			}
			int rest = this.prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xff << (8 - rest)) & 0xff;
			return (candidate[full] & mask) == (this.network[full] & mask);
		}

	}

	/** No address of a webhook's host may be reached: the delivery is not attempted. */
	static final class RefusedDestinationException extends RuntimeException {

		private final String reason;

		RefusedDestinationException(String reason) {
			super("destination not allowed: " + reason, null, false, false);
			this.reason = reason;
		}

		String reason() {
			return this.reason;
		}

	}

}
