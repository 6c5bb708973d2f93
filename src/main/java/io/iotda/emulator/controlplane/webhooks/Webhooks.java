package io.iotda.emulator.controlplane.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.batchtask.TaskStatusChanged;
import io.iotda.emulator.controlplane.EmulatorProperties;
import io.iotda.emulator.web.IotdaTime;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks: URLs (kept in the database, so that whichever instance moves a task notifies)
 * that receive IoTDA's batch-task status-change notification (spec section 7) on every
 * task-level status transition. Deliveries run in the background with retries (doubling
 * delay) and are logged in a bounded in-memory delivery log of this instance. Where a
 * delivery may connect is {@link WebhookDestinations}' decision, made on the address it
 * connects to; the log says what went wrong in plain words ("connection refused",
 * "destination not allowed: loopback address"), never in Java's.
 */
@Component
public class Webhooks {

	/**
	 * The delivery log's words for what went wrong: the first type that fits decides (the
	 * more specific before the {@link IOException} they extend).
	 */
	private static final Map<Class<? extends Exception>, String> FAILURES = failures();

	private static final Logger logger = LoggerFactory.getLogger(Webhooks.class);

	private static final int LOG_SIZE = 500;

	record Webhook(@JsonProperty("id") String id, @JsonProperty("url") String url,
			@JsonProperty("project_id") String projectId, @JsonProperty("created_at") String createdAt) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Delivery(@JsonProperty("delivery_id") long deliveryId, @JsonProperty("webhook_id") String webhookId,
			@JsonProperty("url") String url, @JsonProperty("task_id") String taskId,
			@JsonProperty("status") String status, @JsonProperty("attempt") int attempt,
			@JsonProperty("outcome") String outcome, @JsonProperty("http_status") Integer httpStatus,
			@JsonProperty("error") String error, @JsonProperty("time") String time,
			@JsonProperty("payload") Map<String, Object> payload) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final EmulatorProperties properties;

	private final WebhookDestinations destinations;

	/**
	 * One delivery thread: first attempts leave in the order the changes happened (two
	 * threads let a task's {@code Success} overtake its {@code Processing}). A retry goes
	 * out after the deliveries queued meanwhile.
	 */
	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "webhook-delivery");
		thread.setDaemon(true);
		return thread;
	});

	private final Deque<Delivery> log = new ArrayDeque<>();

	private final AtomicLong ids = new AtomicLong();

	Webhooks(JdbcClient jdbc, JsonMapper json, EmulatorProperties properties, WebhookDestinations destinations) {
		this.jdbc = jdbc;
		this.json = json;
		this.properties = properties;
		this.destinations = destinations;
	}

	List<Webhook> all() {
		return this.jdbc.sql("SELECT id, url, project_id, created_at FROM emulator_webhook ORDER BY id")
			.query((rs, i) -> new Webhook(rs.getString("id"), rs.getString("url"), rs.getString("project_id"),
					rs.getTimestamp("created_at").toInstant().toString()))
			.list();
	}

	Webhook add(String id, String url, String projectId, Instant now) {
		this.jdbc.sql("INSERT INTO emulator_webhook (id, url, project_id, created_at) VALUES (?, ?, ?, ?)")
			.params(id, url, projectId, java.sql.Timestamp.from(now))
			.update();
		return new Webhook(id, url, projectId, now.toString());
	}

	boolean remove(String id) {
		return this.jdbc.sql("DELETE FROM emulator_webhook WHERE id = ?").param(id).update() > 0;
	}

	public int removeAll(String projectIdOrNull) {
		return (projectIdOrNull == null) ? this.jdbc.sql("DELETE FROM emulator_webhook").update()
				: this.jdbc.sql("DELETE FROM emulator_webhook WHERE project_id = ?").param(projectIdOrNull).update();
	}

	synchronized List<Delivery> deliveries(int limit, String taskId) {
		List<Delivery> result = new ArrayList<>();
		for (Delivery delivery : this.log) {
			if (result.size() >= limit) {
				break;
			}
			if (taskId == null || taskId.equals(delivery.taskId())) {
				result.add(delivery);
			}
		}
		return result;
	}

	public synchronized void clearLog() {
		this.log.clear();
	}

	/** The notification body of spec section 7. */
	static Map<String, Object> payload(TaskStatusChanged change) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("app_id", change.appId());
		body.put("task_id", change.taskId());
		body.put("task_type", change.taskType());
		body.put("status", change.status());
		body.put("status_desc", change.statusDesc());
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("resource", "batchtask");
		payload.put("event", "update");
		payload.put("event_time", IotdaTime.format(change.at()));
		payload.put("notify_data", Map.of("body", body));
		return payload;
	}

	@EventListener
	void onStatusChange(TaskStatusChanged change) {
		List<Webhook> hooks;
		try {
			hooks = all();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read webhooks for task {}: {}", change.taskId(), ex.toString());
			return;
		}
		Map<String, Object> payload = payload(change);
		for (Webhook hook : hooks) {
			if (hook.projectId() == null || hook.projectId().equals(change.projectId())) {
				this.executor.execute(() -> deliver(hook, change, payload, 1));
			}
		}
	}

	private void deliver(Webhook hook, TaskStatusChanged change, Map<String, Object> payload, int attempt) {
		Integer status = null;
		String error = null;
		boolean retryable = true;
		try {
			URI url = URI.create(hook.url());
			InetAddress address = this.destinations.resolve(url.getHost());
			status = WebhookPoster.post(url, address, this.json.writeValueAsBytes(payload),
					this.properties.webhookTimeout());
		}
		catch (WebhookDestinations.RefusedDestinationException ex) {
			error = ex.getMessage();
			retryable = false;
		}
		catch (IOException | RuntimeException ex) {
			error = describe(ex);
			if (error == null) {
				logger.warn("Webhook {} delivery for task {} failed", hook.id(), change.taskId(), ex);
				error = "delivery failed";
			}
		}
		boolean delivered = status != null && status >= 200 && status < 300;
		boolean retry = retryable && !delivered && attempt < this.properties.webhookAttempts();
		String outcome = delivered ? "delivered" : (retry ? "retrying" : "failed");
		record(new Delivery(this.ids.incrementAndGet(), hook.id(), hook.url(), change.taskId(), change.status(),
				attempt, outcome, status, error, Instant.now().toString(), payload));
		if (retry && !this.executor.isShutdown()) {
			long delay = this.properties.webhookRetryDelay().toMillis() << Math.min(attempt - 1, 10);
			this.executor.schedule(() -> deliver(hook, change, payload, attempt + 1), delay, TimeUnit.MILLISECONDS);
		}
	}

	/** What went wrong, in the delivery log's words; null for the unforeseen. */
	static String describe(Exception ex) {
		for (Map.Entry<Class<? extends Exception>, String> failure : FAILURES.entrySet()) {
			if (failure.getKey().isInstance(ex)) {
				return failure.getValue();
			}
		}
		return null;
	}

	private static Map<Class<? extends Exception>, String> failures() {
		Map<Class<? extends Exception>, String> failures = new LinkedHashMap<>();
		failures.put(UnknownHostException.class, "unknown host");
		failures.put(ConnectException.class, "connection refused");
		failures.put(NoRouteToHostException.class, "no route to host");
		failures.put(SocketTimeoutException.class, "timed out");
		failures.put(SSLException.class, "TLS handshake failed");
		failures.put(ProtocolException.class, "invalid HTTP response");
		failures.put(WebhookPoster.ClosedBeforeAnswerException.class, "connection closed before an answer");
		failures.put(IOException.class, "connection failed");
		failures.put(IllegalArgumentException.class, "invalid URL");
		return failures;
	}

	private synchronized void record(Delivery delivery) {
		if (this.log.size() >= LOG_SIZE) {
			this.log.removeLast();
		}
		this.log.addFirst(delivery);
	}

	@PreDestroy
	void shutdown() {
		this.executor.shutdownNow();
	}

}
