package io.iotda.emulator.batchtask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.huaweicloud.sdk.core.HttpListener;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.core.region.Region;
import com.huaweicloud.sdk.iotda.v5.IoTDAClient;
import com.huaweicloud.sdk.iotda.v5.model.BatchTargetResult;
import com.huaweicloud.sdk.iotda.v5.model.BatchTargets;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTask;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.CreateBatchTaskResponse;
import com.huaweicloud.sdk.iotda.v5.model.DeleteBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.DeleteBatchTaskResponse;
import com.huaweicloud.sdk.iotda.v5.model.ListBatchTasksRequest;
import com.huaweicloud.sdk.iotda.v5.model.ListBatchTasksResponse;
import com.huaweicloud.sdk.iotda.v5.model.RetryBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.RetryBatchTaskResponse;
import com.huaweicloud.sdk.iotda.v5.model.ShowBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.ShowBatchTaskResponse;
import com.huaweicloud.sdk.iotda.v5.model.StopBatchTaskRequest;
import com.huaweicloud.sdk.iotda.v5.model.StopBatchTaskResponse;
import com.huaweicloud.sdk.iotda.v5.model.Task;
import com.huaweicloud.sdk.iotda.v5.model.TaskDetail;
import com.huaweicloud.sdk.iotda.v5.model.TaskPolicy;
import com.huaweicloud.sdk.iotda.v5.model.TaskProgress;
import io.iotda.emulator.support.AbstractApiIntegrationTests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Drives the running emulator through Huawei Cloud's own Java SDK
 * ({@code huaweicloud-sdk-iotda}), exactly as an application server would, but for the
 * endpoint: the SDK signs with AK/SK, sends bodies chunked, sends a zero-byte body when
 * none is set, refuses a 2xx answer that is not {@code application/json}, and takes the
 * request id of an error from {@code X-Request-Id}. Every exchange is also recorded as
 * the SDK saw it on the wire.
 */
@TestPropertySource(properties = { "iotda.batch-task.stopping-duration=0s", "iotda.limits.max-body-size=16KB" })
class OfficialSdkIntegrationTests extends AbstractApiIntegrationTests {

	private static final String PROJECT = "sdkproject";

	private static final String PACKAGE_ID = "66a1c2d3e4f5a6b7c8d9e0f1";

	private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

	@Autowired
	private ReceivedRequests received;

	private static final String AK = "EMULATORTESTAK0000001";

	private static final String SK = "emulator-test-secret-key-0000000000000001";

	private HttpConfig config;

	private IoTDAClient client;

	/** One request and its answer, as the SDK's own HTTP listeners saw them. */
	record Exchange(String method, String uri, Map<String, List<String>> requestHeaders, Optional<String> requestBody,
			int status, Map<String, List<String>> responseHeaders) {

		String responseHeader(String name) {
			return header(this.responseHeaders, name);
		}

		String requestHeader(String name) {
			return header(this.requestHeaders, name);
		}

		private static String header(Map<String, List<String>> headers, String name) {
			return headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey() != null && entry.getKey().equalsIgnoreCase(name))
				.flatMap((entry) -> entry.getValue().stream())
				.findFirst()
				.orElse(null);
		}

	}

	/** How a request arrived at the server: what the SDK really put on the wire. */
	record ReceivedRequest(String method, String uri, String transferEncoding, long contentLength, String contentType,
			String userAgent) {
	}

	/** Records every request the server receives, by the request id it answers with. */
	static class ReceivedRequests extends OncePerRequestFilter {

		private final Map<String, ReceivedRequest> byRequestId = new ConcurrentHashMap<>();

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			finally {
				String requestId = response.getHeader("X-Request-Id");
				if (requestId != null) {
					this.byRequestId.put(requestId,
							new ReceivedRequest(request.getMethod(), request.getRequestURI(),
									request.getHeader("Transfer-Encoding"), request.getContentLengthLong(),
									request.getContentType(), request.getHeader("User-Agent")));
				}
			}
		}

		ReceivedRequest get(String requestId) {
			return this.byRequestId.get(requestId);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ReceivedRequestsConfiguration {

		@Bean
		ReceivedRequests receivedRequests() {
			return new ReceivedRequests();
		}

		@Bean
		FilterRegistrationBean<ReceivedRequests> receivedRequestsRegistration(ReceivedRequests filter) {
			FilterRegistrationBean<ReceivedRequests> registration = new FilterRegistrationBean<>(filter);
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
			return registration;
		}

	}

	@BeforeEach
	void buildClient() {
		List<HttpListener.RequestListener> requests = new CopyOnWriteArrayList<>();
		HttpConfig config = HttpConfig.getDefaultHttpConfig()
			.withTimeout(10)
			.addHttpListener(HttpListener.forRequestListener(requests::add))
			.addHttpListener(HttpListener.forResponseListener((response) -> {
				HttpListener.RequestListener request = requests.isEmpty() ? null : requests.remove(requests.size() - 1);
				this.exchanges.add(new Exchange(response.httpMethod(), response.uri(),
						(request != null) ? request.headers() : Map.of(),
						(request != null) ? request.body() : Optional.empty(), response.statusCode(),
						response.headers()));
			}));
		this.config = config;
		this.client = IoTDAClient.newBuilder()
			.withCredential(credentials())
			.withHttpConfig(config)
			.withEndpoint(endpoint())
			.build();
	}

	private static BasicCredentials credentials() {
		return new BasicCredentials().withAk(AK).withSk(SK).withProjectId(PROJECT);
	}

	private String endpoint() {
		return "http://127.0.0.1:" + this.port;
	}

	@Test
	void createsATaskAndReadsItBackWithShowAndList() {
		CreateBatchTaskResponse created = this.client
			.createBatchTask(new CreateBatchTaskRequest().withBody(new CreateBatchTask().withAppId("app_1")
				.withTaskName("sdk_firmware_upgrade")
				.withTaskType("firmwareUpgrade")
				.withTaskMode("GATEWAY")
				.withTargets(List.of("sdk-dev-1", "sdk-dev-2", "sdk-dev-3"))
				.withDocument(Map.of("package_ids", List.of(PACKAGE_ID)))
				.withTaskPolicy(new TaskPolicy().withRetryCount(3).withRetryInterval(10))));

		assertThat(created.getHttpStatusCode()).isEqualTo(201);
		assertThat(created.getTaskId()).matches("[0-9a-f]{24}");
		assertThat(created.getTaskName()).isEqualTo("sdk_firmware_upgrade");
		assertThat(created.getTaskType()).isEqualTo("firmwareUpgrade");
		assertThat(created.getTaskMode()).isEqualTo("GATEWAY");
		assertThat(created.getTargets()).containsExactly("sdk-dev-1", "sdk-dev-2", "sdk-dev-3");
		assertThat(created.getDocument()).isEqualTo(Map.of("package_ids", List.of(PACKAGE_ID)));
		assertThat(created.getTaskPolicy().getRetryCount()).isEqualTo(3);
		assertThat(created.getTaskPolicy().getRetryInterval()).isEqualTo(10);
		assertThat(created.getTaskPolicy().getScheduleTime()).isNull();
		assertThat(created.getStatus()).isEqualTo("Processing");
		assertThat(created.getCreateTime()).matches("\\d{8}T\\d{6}Z");
		assertProgress(created.getTaskProgress(), 3, 0, 0, 0, 3, 0, 0);
		Exchange create = lastExchange();
		assertThat(create.method()).isEqualTo("POST");
		assertThat(create.requestHeader("Authorization")).startsWith("SDK-HMAC-SHA256 Access=" + AK + ", ");
		assertThat(create.requestHeader("X-Project-Id")).isEqualTo(PROJECT);
		assertThat(create.responseHeader("Content-Type")).startsWith("application/json");
		ReceivedRequest createReceived = receivedBy(create);
		assertThat(createReceived.transferEncoding()).isEqualTo("chunked");
		assertThat(createReceived.contentType()).startsWith("application/json");
		assertThat(createReceived.userAgent()).startsWith("huaweicloud-usdk-java/3.0");

		ShowBatchTaskResponse shown = this.client
			.showBatchTask(new ShowBatchTaskRequest().withTaskId(created.getTaskId()));

		assertThat(shown.getHttpStatusCode()).isEqualTo(200);
		Task task = shown.getBatchtask();
		assertThat(task.getTaskId()).isEqualTo(created.getTaskId());
		assertThat(task.getTaskName()).isEqualTo("sdk_firmware_upgrade");
		assertThat(task.getTaskType()).isEqualTo("firmwareUpgrade");
		assertThat(task.getStatus()).isEqualTo("Processing");
		assertThat(task.getCreateTime()).isEqualTo(created.getCreateTime());
		assertProgress(task.getTaskProgress(), 3, 0, 0, 0, 3, 0, 0);
		assertThat(shown.getTaskDetails()).extracting(TaskDetail::getTarget)
			.containsExactlyInAnyOrder("sdk-dev-1", "sdk-dev-2", "sdk-dev-3");
		assertThat(shown.getTaskDetails()).extracting(TaskDetail::getStatus).containsOnly("Waitting");
		assertThat(shown.getTaskDetails()).extracting(TaskDetail::getError).containsOnlyNulls();
		assertThat(shown.getPage().getCount()).isEqualTo(3L);
		assertThat(shown.getPage().getMarker()).matches("[0-9a-f]{24}");

		ShowBatchTaskResponse filtered = this.client
			.showBatchTask(new ShowBatchTaskRequest().withTaskId(created.getTaskId())
				.withTarget("sdk-dev-2")
				.withTaskDetailStatus("Waitting")
				.withLimit(1));
		assertThat(filtered.getTaskDetails()).extracting(TaskDetail::getTarget).containsExactly("sdk-dev-2");
		assertThat(filtered.getPage().getCount()).isEqualTo(1L);

		ListBatchTasksResponse listed = this.client
			.listBatchTasks(new ListBatchTasksRequest().withTaskType("firmwareUpgrade").withAppId("app_1"));

		assertThat(listed.getHttpStatusCode()).isEqualTo(200);
		assertThat(listed.getBatchtasks()).extracting(Task::getTaskId).containsExactly(created.getTaskId());
		assertThat(listed.getBatchtasks().get(0).getStatus()).isEqualTo("Processing");
		assertProgress(listed.getBatchtasks().get(0).getTaskProgress(), 3, 0, 0, 0, 3, 0, 0);
		assertThat(listed.getPage().getCount()).isEqualTo(1L);
		assertThat(listed.getPage().getMarker()).isEqualTo(created.getTaskId());
	}

	@Test
	void worksWithTheDerivedSignatureOfARegionClient() {
		IoTDAClient regionClient = IoTDAClient.newBuilder()
			.withCredential(credentials().withDerivedPredicate(BasicCredentials.DEFAULT_DERIVED_PREDICATE))
			.withHttpConfig(this.config)
			.withRegion(new Region("cn-north-4", endpoint()))
			.build();

		CreateBatchTaskResponse created = regionClient
			.createBatchTask(new CreateBatchTaskRequest().withInstanceId("instance-1")
				.withBody(new CreateBatchTask().withTaskName("derived")
					.withTaskType("softwareUpgrade")
					.withTargets(List.of("dev-1"))
					.withDocument(Map.of("package_ids", List.of(PACKAGE_ID)))));

		assertThat(lastExchange().requestHeader("Authorization")).matches("V11-HMAC-SHA256 Credential=" + AK
				+ "/\\d{8}/cn-north-4/iotdm, SignedHeaders=.*, Signature=[0-9a-f]{64}");
		assertThat(lastExchange().requestHeader("Instance-Id")).isEqualTo("instance-1");
		Task shown = regionClient
			.showBatchTask(new ShowBatchTaskRequest().withInstanceId("instance-1").withTaskId(created.getTaskId()))
			.getBatchtask();
		assertThat(shown.getTaskName()).isEqualTo("derived");
		ServiceResponseException otherInstance = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.showBatchTask(new ShowBatchTaskRequest().withTaskId(created.getTaskId())));
		assertError(otherInstance, 404, "IOTDA.014221", "The batch task does not exist.");
	}

	@Test
	void pagesThroughTasksNewestFirstWithMarkerAndLimit() {
		List<String> ids = IntStream.rangeClosed(1, 3)
			.mapToObj((i) -> createUpgrade("softwareUpgrade", List.of("page-dev-" + i)))
			.toList();

		ListBatchTasksResponse first = this.client
			.listBatchTasks(new ListBatchTasksRequest().withTaskType("softwareUpgrade").withLimit(2));
		ListBatchTasksResponse second = this.client
			.listBatchTasks(new ListBatchTasksRequest().withTaskType("softwareUpgrade")
				.withLimit(2)
				.withMarker(first.getPage().getMarker()));

		assertThat(first.getBatchtasks()).extracting(Task::getTaskId).containsExactly(ids.get(2), ids.get(1));
		assertThat(first.getPage().getCount()).isEqualTo(3L);
		assertThat(first.getPage().getMarker()).isEqualTo(ids.get(1));
		assertThat(second.getBatchtasks()).extracting(Task::getTaskId).containsExactly(ids.get(0));
		assertThat(second.getPage().getCount()).isEqualTo(3L);
		assertThat(second.getPage().getMarker()).isEqualTo(ids.get(0));
	}

	@Test
	void stopsOneTargetThenRetriesIt() {
		String taskId = createUpgrade("firmwareUpgrade", List.of("dev-a", "dev-b"));

		StopBatchTaskResponse stopped = this.client.stopBatchTask(new StopBatchTaskRequest().withTaskId(taskId)
			.withBody(new BatchTargets().withTargets(List.of("dev-a", "not-in-task"))));

		assertThat(stopped.getHttpStatusCode()).isEqualTo(200);
		assertThat(stopped.getTargets())
			.extracting(BatchTargetResult::getTarget, BatchTargetResult::getStatus, BatchTargetResult::getErrorCode,
					BatchTargetResult::getErrorMsg)
			.containsExactly(tuple("dev-a", "success", null, null),
					tuple("not-in-task", "failure", "IOTDA.014219", "Invalid input. The target is not in the task"));
		ReceivedRequest received = receivedBy(lastExchange());
		assertThat(received.transferEncoding()).as("the SDK sends bodies chunked").isEqualTo("chunked");
		assertThat(received.contentLength()).isEqualTo(-1L);
		Task afterStop = show(taskId);
		assertThat(afterStop.getStatus()).isEqualTo("Processing");
		assertProgress(afterStop.getTaskProgress(), 2, 0, 0, 0, 1, 0, 1);

		RetryBatchTaskResponse retried = this.client.retryBatchTask(new RetryBatchTaskRequest().withTaskId(taskId)
			.withBody(new BatchTargets().withTargets(List.of("dev-a", "dev-b"))));

		assertThat(retried.getHttpStatusCode()).isEqualTo(200);
		assertThat(retried.getTargets())
			.extracting(BatchTargetResult::getTarget, BatchTargetResult::getStatus, BatchTargetResult::getErrorCode)
			.containsExactly(tuple("dev-a", "success", null), tuple("dev-b", "failure", "IOTDA.014220"));
		Task afterRetry = show(taskId);
		assertThat(afterRetry.getStatus()).isEqualTo("Processing");
		assertProgress(afterRetry.getTaskProgress(), 2, 0, 0, 0, 2, 0, 0);
	}

	@Test
	void stopsAWholeTaskWithoutABodyThenDeletesIt() {
		String taskId = createUpgrade("softwareUpgrade", List.of("dev-1", "dev-2", "dev-3"));

		StopBatchTaskResponse stopped = this.client.stopBatchTask(new StopBatchTaskRequest().withTaskId(taskId));

		assertThat(stopped.getHttpStatusCode()).isEqualTo(200);
		assertThat(stopped.getTargets()).isEmpty();
		assertThat(lastExchange().requestBody().orElse("")).as("the SDK sends no body when none is set").isEmpty();
		ReceivedRequest received = receivedBy(lastExchange());
		assertThat(received.contentLength()).as("a zero-byte body").isIn(-1L, 0L);
		Task finished = awaitStatus(taskId, "Stopped");
		assertProgress(finished.getTaskProgress(), 3, 0, 0, 0, 0, 0, 3);

		DeleteBatchTaskResponse deleted = this.client.deleteBatchTask(new DeleteBatchTaskRequest().withTaskId(taskId));

		assertThat(deleted.getHttpStatusCode()).isEqualTo(204);
		assertThat(deleted.getBody()).isNullOrEmpty();
		assertThat(lastExchange().responseHeader("Content-Length")).isIn(null, "0");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM batch_subtask WHERE task_id = ?", Long.class, taskId))
			.isZero();
		ServiceResponseException gone = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.showBatchTask(new ShowBatchTaskRequest().withTaskId(taskId)));
		assertError(gone, 404, "IOTDA.014221", "The batch task does not exist.");
	}

	@Test
	void retriesEveryStoppedSubtaskWhenNoTargetsAreNamed() {
		String taskId = createUpgrade("firmwareUpgrade", List.of("dev-1", "dev-2", "dev-3"));
		this.client.stopBatchTask(new StopBatchTaskRequest().withTaskId(taskId)
			.withBody(new BatchTargets().withTargets(List.of("dev-1", "dev-2"))));
		assertProgress(show(taskId).getTaskProgress(), 3, 0, 0, 0, 1, 0, 2);

		RetryBatchTaskResponse retried = this.client.retryBatchTask(new RetryBatchTaskRequest().withTaskId(taskId));

		assertThat(retried.getHttpStatusCode()).isEqualTo(200);
		assertThat(retried.getTargets()).isEmpty();
		Task running = show(taskId);
		assertThat(running.getStatus()).isEqualTo("Processing");
		assertProgress(running.getTaskProgress(), 3, 0, 0, 0, 3, 0, 0);
	}

	@Test
	void stopsAWholeTaskNamedByAnEmptyTargetsObject() {
		String taskId = createUpgrade("firmwareUpgrade", List.of("dev-1", "dev-2"));

		StopBatchTaskResponse stopped = this.client
			.stopBatchTask(new StopBatchTaskRequest().withTaskId(taskId).withBody(new BatchTargets()));

		assertThat(stopped.getTargets()).isEmpty();
		assertThat(lastExchange().requestBody()).contains("{}");
		assertProgress(awaitStatus(taskId, "Stopped").getTaskProgress(), 2, 0, 0, 0, 0, 0, 2);
	}

	@Test
	void refusesMoreThanOneHundredTargetsAndStopsNothing() {
		String taskId = createUpgrade("firmwareUpgrade", List.of("dev-000"));
		List<String> targets = IntStream.range(0, 101).mapToObj((i) -> String.format("dev-%03d", i)).toList();

		ServiceResponseException ex = catchThrowableOfType(ServiceResponseException.class, () -> this.client
			.stopBatchTask(
					new StopBatchTaskRequest().withTaskId(taskId).withBody(new BatchTargets().withTargets(targets))));

		assertError(ex, 400, "IOTDA.000006", null);
		assertThat(ex.getErrorMsg()).startsWith("Invalid input data.");
		assertThat(ex).isInstanceOf(ClientRequestException.class);
		assertThat(show(taskId).getTaskProgress().getStopped()).isZero();
	}

	@Test
	void refusesAChunkedBodyOverTheLimitWithTheGatewayCode() {
		List<String> targets = IntStream.range(0, 2000).mapToObj((i) -> String.format("device-%015d", i)).toList();

		ServiceResponseException ex = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.createBatchTask(
						new CreateBatchTaskRequest().withBody(new CreateBatchTask().withTaskName("too_large")
							.withTaskType("firmwareUpgrade")
							.withTargets(targets)
							.withDocument(Map.of("package_ids", List.of(PACKAGE_ID))))));

		assertError(ex, 413, "APIG.0201", "Request entity too large.");
		assertThat(receivedBy(lastExchange()).transferEncoding()).isEqualTo("chunked");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM batch_task", Long.class)).isZero();
	}

	@Test
	void answersAnUnknownTaskWithNotFound() {
		String unknown = "0123456789abcdef01234567";

		ServiceResponseException show = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.showBatchTask(new ShowBatchTaskRequest().withTaskId(unknown)));
		assertError(show, 404, "IOTDA.014221", "The batch task does not exist.");

		ServiceResponseException stop = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.stopBatchTask(new StopBatchTaskRequest().withTaskId(unknown)));
		assertError(stop, 404, "IOTDA.014221", "The batch task does not exist.");

		ServiceResponseException delete = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.deleteBatchTask(new DeleteBatchTaskRequest().withTaskId(unknown)));
		assertError(delete, 404, "IOTDA.014221", "The batch task does not exist.");
	}

	@Test
	void refusesToStopAFinishedTask() {
		String taskId = createUpgrade("firmwareUpgrade", List.of("dev-1"));
		this.client.stopBatchTask(new StopBatchTaskRequest().withTaskId(taskId));
		awaitStatus(taskId, "Stopped");

		ServiceResponseException ex = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.stopBatchTask(new StopBatchTaskRequest().withTaskId(taskId)
					.withBody(new BatchTargets().withTargets(List.of("dev-1")))));

		assertError(ex, 403, "IOTDA.014222", "Operation not allowed. The task status does not allow this operation.");
	}

	@Test
	void refusesToStopATaskThatIsNotAFirmwareOrSoftwareUpgrade() {
		CreateBatchTaskResponse created = this.client
			.createBatchTask(new CreateBatchTaskRequest().withBody(new CreateBatchTask().withTaskName("freeze_devices")
				.withTaskType("freezeDevices")
				.withTargets(List.of("dev-1"))));
		assertThat(created.getTaskType()).isEqualTo("freezeDevices");

		ServiceResponseException ex = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.stopBatchTask(new StopBatchTaskRequest().withTaskId(created.getTaskId())));

		assertError(ex, 400, "IOTDA.000006", null);
		assertThat(ex.getErrorMsg()).startsWith("Invalid input data.").contains("freezeDevices");
	}

	@Test
	void refusesToDeleteARunningTask() {
		String taskId = createUpgrade("firmwareUpgrade", List.of("dev-1"));

		ServiceResponseException ex = catchThrowableOfType(ServiceResponseException.class,
				() -> this.client.deleteBatchTask(new DeleteBatchTaskRequest().withTaskId(taskId)));

		assertError(ex, 403, "IOTDA.014222", "Operation not allowed. The task status does not allow this operation.");
		assertThat(show(taskId).getStatus()).isEqualTo("Processing");
	}

	@Test
	void answersOutOfRangePagingWithItsOwnCodes() {
		ServiceResponseException limit = catchThrowableOfType(ServiceResponseException.class, () -> this.client
			.listBatchTasks(new ListBatchTasksRequest().withTaskType("firmwareUpgrade").withLimit(51)));
		assertError(limit, 400, "IOTDA.000017", "Invalid input. The specified parameter 'limit' is out of range.");

		ServiceResponseException offset = catchThrowableOfType(ServiceResponseException.class, () -> this.client
			.listBatchTasks(new ListBatchTasksRequest().withTaskType("firmwareUpgrade").withOffset(501)));
		assertError(offset, 400, "IOTDA.000018", "Invalid input. The specified parameter 'offset' is out of range.");
	}

	private String createUpgrade(String type, List<String> targets) {
		return this.client
			.createBatchTask(new CreateBatchTaskRequest().withBody(new CreateBatchTask().withTaskName("sdk_" + type)
				.withTaskType(type)
				.withTargets(targets)
				.withDocument(Map.of("package_ids", List.of(PACKAGE_ID)))))
			.getTaskId();
	}

	private Task show(String taskId) {
		return this.client.showBatchTask(new ShowBatchTaskRequest().withTaskId(taskId)).getBatchtask();
	}

	private Task awaitStatus(String taskId, String status) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> show(taskId), (task) -> status.equals(task.getStatus()));
	}

	private ReceivedRequest receivedBy(Exchange exchange) {
		ReceivedRequest request = this.received.get(exchange.responseHeader("X-Request-Id"));
		assertThat(request).as("the server saw request %s", exchange.responseHeader("X-Request-Id")).isNotNull();
		assertThat(request.method()).isEqualTo(exchange.method());
		return request;
	}

	private Exchange lastExchange() {
		assertThat(this.exchanges).isNotEmpty();
		return this.exchanges.get(this.exchanges.size() - 1);
	}

	/**
	 * The SDK's exception carries the status, the envelope's code and message, and the
	 * request id the server sent in its {@code X-Request-Id} header.
	 */
	private void assertError(ServiceResponseException ex, int status, String code, String message) {
		assertThat(ex).as("the SDK threw a ServiceResponseException").isNotNull();
		assertThat(ex.getHttpStatusCode()).isEqualTo(status);
		assertThat(ex.getErrorCode()).isEqualTo(code);
		if (message != null) {
			assertThat(ex.getErrorMsg()).isEqualTo(message);
		}
		Exchange answer = lastExchange();
		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.responseHeader("X-Request-Id")).matches("[0-9a-f]{32}");
		assertThat(ex.getRequestId()).isEqualTo(answer.responseHeader("X-Request-Id"));
	}

	private static void assertProgress(TaskProgress progress, int total, int processing, int success, int fail,
			int waitting, int failWaitRetry, int stopped) {
		assertThat(progress.getTotal()).as("total").isEqualTo(total);
		assertThat(progress.getProcessing()).as("processing").isEqualTo(processing);
		assertThat(progress.getSuccess()).as("success").isEqualTo(success);
		assertThat(progress.getFail()).as("fail").isEqualTo(fail);
		assertThat(progress.getWaitting()).as("waitting").isEqualTo(waitting);
		assertThat(progress.getFailWaitRetry()).as("fail_wait_retry").isEqualTo(failWaitRetry);
		assertThat(progress.getStopped()).as("stopped").isEqualTo(stopped);
		assertThat(progress.getRemoved()).as("removed").isZero();
	}

}
