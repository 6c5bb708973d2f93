package io.iotda.emulator.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy a test controls, between the application and its database: it can cut every
 * open connection and refuse new ones (the database is unreachable), resume on the same
 * port, and slow the traffic to the database down.
 */
public final class TcpProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private final AtomicLong bytesToServer = new AtomicLong();

	private volatile ServerSocket server;

	private volatile long delayPerChunkMillis;

	private TcpProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.server = bind(0);
		this.port = this.server.getLocalPort();
		acceptOn(this.server);
	}

	/** Starts a proxy on a free local port, forwarding to the target. */
	public static TcpProxy start(String targetHost, int targetPort) throws IOException {
		return new TcpProxy(targetHost, targetPort);
	}

	public int port() {
		return this.port;
	}

	/** Bytes forwarded from clients to the database so far. */
	public long bytesToServer() {
		return this.bytesToServer.get();
	}

	/**
	 * Makes every chunk sent to the database wait this long (zero: no delay), so that a
	 * large statement takes a while.
	 */
	public void delayTrafficToServer(Duration delay) {
		this.delayPerChunkMillis = delay.toMillis();
	}

	/**
	 * The database becomes unreachable: new connections are refused (nothing listens on
	 * the port) and every open one is closed at once.
	 */
	public synchronized void cut() throws IOException {
		ServerSocket current = this.server;
		this.server = null;
		if (current != null) {
			current.close();
		}
		for (Socket socket : this.sockets) {
			closeQuietly(socket);
		}
		this.sockets.clear();
	}

	/** The database is reachable again, on the same port. */
	public synchronized void resume() throws IOException {
		if (this.server == null) {
			this.server = bind(this.port);
			acceptOn(this.server);
		}
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private static ServerSocket bind(int port) throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		return socket;
	}

	private void acceptOn(ServerSocket listening) {
		Thread acceptor = new Thread(() -> {
			while (!listening.isClosed()) {
				Socket client = null;
				try {
					client = listening.accept();
					Socket upstream = new Socket(this.targetHost, this.targetPort);
					if (!register(listening, client, upstream)) {
						// cut() ran while this connection was being made: it must not
						// outlive the cut
						closeQuietly(client);
						closeQuietly(upstream);
						continue;
					}
					pump(client, upstream, true);
					pump(upstream, client, false);
				}
				catch (IOException ex) {
					// closed by cut(), or the database itself refused: the client sees a
					// reset
					if (client != null) {
						closeQuietly(client);
					}
				}
			}
		}, "tcp-proxy-accept-" + this.port);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Keeps a new connection's sockets for {@link #cut()}, unless the server socket that
	 * accepted it has been cut meanwhile (both run under this proxy's lock).
	 */
	private synchronized boolean register(ServerSocket listening, Socket client, Socket upstream) {
		if (this.server != listening) {
			return false;
		}
		this.sockets.add(client);
		this.sockets.add(upstream);
		return true;
	}

	private void pump(Socket from, Socket to, boolean toServer) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int n;
				while ((n = in.read(buffer)) >= 0) {
					if (toServer) {
						long delay = this.delayPerChunkMillis;
						if (delay > 0) {
							Thread.sleep(delay);
						}
						this.bytesToServer.addAndGet(n);
					}
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException ex) {
				// one side closed or was cut
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.sockets.remove(from);
				this.sockets.remove(to);
			}
		}, "tcp-proxy-pump-" + this.port);
		pump.setDaemon(true);
		pump.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
