package io.iotda.emulator.controlplane.webhooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One notification POST over HTTP/1.1, to an address resolved (and checked) beforehand:
 * the connection goes to exactly that address, whatever the name resolves to by then.
 * HTTPS still verifies the certificate against the URL's host name (and sends it as SNI).
 * Redirects are not followed and no proxy is used: the answer's status is the outcome.
 */
final class WebhookPoster {

	private static final int MAX_STATUS_LINE = 8192;

	private WebhookPoster() {
	}

	/**
	 * POSTs the JSON body to the URL, connecting to {@code address}, within
	 * {@code timeout} for connecting and again for the answer's status line.
	 * @return the HTTP status of the answer
	 */
	static int post(URI url, InetAddress address, byte[] body, Duration timeout) throws IOException {
		boolean https = "https".equalsIgnoreCase(url.getScheme());
		int port = (url.getPort() != -1) ? url.getPort() : (https ? 443 : 80);
		int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
		try (Socket plain = new Socket()) {
			plain.connect(new InetSocketAddress(address, port), millis);
			plain.setSoTimeout(millis);
			Socket socket = https ? tls(plain, url.getHost(), port) : plain;
			try {
				OutputStream out = socket.getOutputStream();
				out.write(head(url, body.length).getBytes(StandardCharsets.UTF_8));
				out.write(body);
				out.flush();
				return status(socket, System.nanoTime() + timeout.toNanos());
			}
			finally {
				if (socket != plain) {
					socket.close();
				}
			}
		}
	}

	private static Socket tls(Socket plain, String host, int port) throws IOException {
		SSLContext context;
		try {
			context = SSLContext.getDefault();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IOException(ex);
		}
		String name = (host.startsWith("[")) ? host.substring(1, host.length() - 1) : host;
		SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, name, port, true);
		SSLParameters parameters = socket.getSSLParameters();
		parameters.setEndpointIdentificationAlgorithm("HTTPS");
		socket.setSSLParameters(parameters);
		socket.startHandshake();
		return socket;
	}

	private static String head(URI url, int length) {
		String path = (url.getRawPath() == null || url.getRawPath().isEmpty()) ? "/" : url.getRawPath();
		String target = (url.getRawQuery() != null) ? path + "?" + url.getRawQuery() : path;
		String host = url.getHost() + ((url.getPort() != -1) ? ":" + url.getPort() : "");
		return "POST " + target + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + length + "\r\nUser-Agent: iotda-batch-emulator\r\nConnection: close\r\n\r\n";
	}

	/** The status of the final answer (informational 1xx answers are skipped). */
	private static int status(Socket socket, long deadline) throws IOException {
		InputStream in = socket.getInputStream();
		while (true) {
			String line = line(socket, in, deadline);
			String[] parts = line.split(" ", 3);
			if (parts.length < 2 || !parts[0].toUpperCase(Locale.ROOT).startsWith("HTTP/1.")
					|| !parts[1].matches("^[1-5]\\d\\d$")) {
				throw new ProtocolException("invalid HTTP response");
			}
			int status = Integer.parseInt(parts[1]);
			if (status >= 200) {
				return status;
			}
			while (!line(socket, in, deadline).isEmpty()) {
				// the headers of an informational answer
			}
		}
	}

	private static String line(Socket socket, InputStream in, long deadline) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		while (true) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new SocketTimeoutException("timed out");
			}
			socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
			int b = in.read();
			if (b < 0) {
				throw new ClosedBeforeAnswerException();
			}
			if (b == '\n') {
				String text = line.toString(StandardCharsets.ISO_8859_1);
				return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
			}
			if (line.size() >= MAX_STATUS_LINE) {
				throw new ProtocolException("invalid HTTP response");
			}
			line.write(b);
		}
	}

	/** The receiver closed the connection before it answered. */
	static final class ClosedBeforeAnswerException extends IOException {

		ClosedBeforeAnswerException() {
			super("connection closed before an answer");
		}

	}

}
