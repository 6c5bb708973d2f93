package io.iotda.emulator.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A deliberately naive HTTP/1.1 client over a plain socket, for hostile-input tests: it
 * sends exactly the bytes it is given (request target, header values with any bytes, any
 * body), where ordinary clients would refuse or repair them.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** One header as sent on the wire; the value's bytes are sent as they are. */
	public record Header(String name, byte[] value) {

		public static Header of(String name, String value) {
			return new Header(name, value.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String toString() {
			return this.name + ": " + new String(this.value, StandardCharsets.UTF_8);
		}

	}

	/** An answer: status, headers (lower-case names) and the body as UTF-8 text. */
	public record Response(int status, Map<String, String> headers, byte[] bodyBytes) {

		public String body() {
			return new String(this.bodyBytes, StandardCharsets.UTF_8);
		}

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	/**
	 * Sends one request on a new connection ({@code Connection: close}) and reads the
	 * whole answer. {@code target} is the raw request target (path and query, already
	 * percent-encoded as the caller wants it); {@code body} may be null.
	 */
	public static Response send(int port, String method, String target, List<Header> headers, byte[] body,
			Duration timeout) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), (int) timeout.toMillis());
			socket.setSoTimeout((int) timeout.toMillis());
			ByteArrayOutputStream request = new ByteArrayOutputStream();
			request.writeBytes((method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
			request.writeBytes(
					("Host: 127.0.0.1:" + port + "\r\nConnection: close\r\n").getBytes(StandardCharsets.ISO_8859_1));
			for (Header header : headers) {
				request.writeBytes((header.name() + ": ").getBytes(StandardCharsets.ISO_8859_1));
				request.writeBytes(header.value());
				request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
			}
			if (body != null) {
				request.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
			}
			request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
			if (body != null) {
				request.writeBytes(body);
			}
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request.toByteArray());
				out.flush();
			}
			catch (IOException ex) {
				// The server may answer and close before reading a whole (large) body.
			}
			return read(socket.getInputStream());
		}
	}

	/**
	 * Sends {@code request} exactly as given (request line, headers and body, line ends
	 * included) on a new connection and reads the whole answer, for requests
	 * {@link #send} cannot spell: another HTTP version, none at all, any method.
	 */
	public static Response sendRaw(int port, String request, Duration timeout) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), (int) timeout.toMillis());
			socket.setSoTimeout((int) timeout.toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return read(socket.getInputStream());
		}
	}

	private static Response read(InputStream in) throws IOException {
		byte[] all = in.readAllBytes();
		int headerEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		if (headerEnd < 0) {
			throw new IOException("No complete HTTP answer: " + new String(all, StandardCharsets.ISO_8859_1));
		}
		String[] lines = new String(all, 0, headerEnd, StandardCharsets.ISO_8859_1).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim());
		}
		byte[] rest = java.util.Arrays.copyOfRange(all, headerEnd + 4, all.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			rest = unchunk(rest);
		}
		return new Response(status, headers, rest);
	}

	private static byte[] unchunk(byte[] chunked) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int position = 0;
		while (true) {
			int lineEnd = indexOf(chunked, position, "\r\n".getBytes(StandardCharsets.ISO_8859_1));
			if (lineEnd < 0) {
				throw new IOException("Truncated chunked body");
			}
			String sizeLine = new String(chunked, position, lineEnd - position, StandardCharsets.ISO_8859_1);
			int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
			if (size == 0) {
				return body.toByteArray();
			}
			body.write(chunked, lineEnd + 2, size);
			position = lineEnd + 2 + size + 2;
		}
	}

	private static int indexOf(byte[] data, byte[] pattern) {
		return indexOf(data, 0, pattern);
	}

	private static int indexOf(byte[] data, int from, byte[] pattern) {
		outer: for (int i = from; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** Percent-encodes every byte of the UTF-8 form that is not unreserved (RFC 3986). */
	public static String encode(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
					|| c == '.' || c == '~') {
				out.append((char) c);
			}
			else {
				out.append('%').append(String.format("%02X", c));
			}
		}
		return out.toString();
	}

	/** Headers as a list, for readable failure messages. */
	public static List<String> describe(List<Header> headers) {
		List<String> out = new ArrayList<>();
		headers.forEach((header) -> out.add(header.toString()));
		return out;
	}

}
