package io.iotda.emulator.batchtask.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.jayway.jsonpath.JsonPath;
import io.iotda.emulator.batchtask.BatchOperation;
import io.iotda.emulator.batchtask.BatchTaskExceptions.BatchTaskNotFoundException;
import io.iotda.emulator.batchtask.BatchTaskExceptions.TaskStatusConflictException;
import io.iotda.emulator.batchtask.BatchTaskService;
import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.batchtask.Paging;
import io.iotda.emulator.batchtask.SubtaskStatus;
import io.iotda.emulator.batchtask.TaskStatus;
import io.iotda.emulator.batchtask.TaskType;
import io.iotda.emulator.web.TenantScope;
import io.iotda.emulator.web.RequestLimitsProperties;
import io.iotda.emulator.web.error.InvalidInputException;
import io.iotda.emulator.web.error.IotdaError;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The HTTP mapping of the batch-task API with the service mocked: paths, methods,
 * statuses, JSON names, and every validation and error answer in IoTDA's envelope. The
 * slice picks up the web package's advice and filters by itself; the body-limit filter
 * needs its properties enabled.
 */
// Credentials are the security package's concern, tested on their own; this slice tests
// mapping and validation.
@WebMvcTest(controllers = BatchTaskController.class,
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "io\\.iotda\\.emulator\\.security\\..*"))
@EnableConfigurationProperties(RequestLimitsProperties.class)
class BatchTaskControllerTests {

	private static final String TASKS = "/v5/iot/p1/batchtasks";

	private static final String TASK_ID = "0123456789abcdef01234567";

	private static final TenantScope DEFAULT_SCOPE = TenantScope.of("p1", null);

	private static final String VALID_CREATE = """
			{"task_name":"upgrade_1","task_type":"firmwareUpgrade","targets":["d1","d2"],
			 "document":{"package_ids":["pkg1"]}}""";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private BatchTaskService service;

	// ---- create
	// -------------------------------------------------------------------------

	@Test
	void createsATaskWith201AndTheTaskInSnakeCase() {
		given(this.service.create(any(), any())).willReturn(task());

		MvcTestResult result = create(VALID_CREATE);

		assertThat(result).hasStatus(HttpStatus.CREATED).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.task_id").isEqualTo(TASK_ID);
		assertThat(result).bodyJson().extractingPath("$.task_name").isEqualTo("upgrade_1");
		assertThat(result).bodyJson().extractingPath("$.task_type").isEqualTo("firmwareUpgrade");
		assertThat(result).bodyJson().extractingPath("$.need_confirm").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.targets").asArray().containsExactly("d1", "d2");
		assertThat(result).bodyJson().extractingPath("$.document.package_ids[0]").isEqualTo("pkg1");
		assertThat(result).bodyJson().extractingPath("$.task_policy.retry_count").isEqualTo(3);
		assertThat(result).bodyJson().extractingPath("$.task_policy.retry_interval").isEqualTo(10);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("Waitting");
		assertThat(result).bodyJson().extractingPath("$.task_progress.total").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.task_progress.waitting").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.task_progress.fail_wait_retry").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.create_time").isEqualTo("20240627T081530Z");
	}

	@Test
	void leavesNullFieldsOutOfTheTask() {
		given(this.service.create(any(), any())).willReturn(task());

		MvcTestResult result = create(VALID_CREATE);

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson()
			.doesNotHavePath("$.task_mode")
			.doesNotHavePath("$.task_ext_info")
			.doesNotHavePath("$.targets_filter")
			.doesNotHavePath("$.status_desc")
			.doesNotHavePath("$.task_policy.schedule_time");
	}

	@Test
	void passesTheCreateRequestAndTheTenantToTheService() {
		given(this.service.create(any(), any())).willReturn(task());

		MvcTestResult result = this.mvc.post()
			.uri(TASKS)
			.header("Instance-Id", "i".repeat(36))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"app_id":"app_1-x","task_name":"升级_任务1","task_type":"softwareUpgrade","task_mode":"GATEWAY",
					 "need_confirm":true,"task_ext_info":{"k":"v"},"targets":["d-1","d_2"],
					 "targets_filter":{"group_ids":["g1"]},"document":{"package_id":"p"},
					 "task_policy":{"schedule_time":"20240627T081530Z","retry_count":5,"retry_interval":1440},
					 "document_source":"f1"}""")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CREATED);
		ArgumentCaptor<CreateBatchTaskRequest> request = ArgumentCaptor.forClass(CreateBatchTaskRequest.class);
		verify(this.service).create(eq(TenantScope.of("p1", "i".repeat(36))), request.capture());
		assertThat(request.getValue())
			.isEqualTo(new CreateBatchTaskRequest("app_1-x", "升级_任务1", TaskType.SOFTWARE_UPGRADE, "GATEWAY", true,
					Map.of("k", "v"), List.of("d-1", "d_2"), new TargetsFilter(List.of("g1")),
					Map.of("package_id", "p"), new TaskPolicy("20240627T081530Z", 5, 1440), "f1"));
	}

	@Test
	void acceptsThirtyThousandTargets() {
		given(this.service.create(any(), any())).willReturn(task());

		assertThat(create(createWithTargets(30_000))).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void refusesMoreThanThirtyThousandTargets() {
		assertInvalidCreate(createWithTargets(30_001));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// task_name: missing, empty, too long, characters outside letters, digits and
			// _
			"{\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"]}",
			"{\"task_name\":\"\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"]}",
			"{\"task_name\":\"a-b\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"]}",
			"{\"task_name\":\"a b\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"]}",
			// task_type: missing, unknown, wrong case
			"{\"task_name\":\"t\",\"targets\":[\"d1\"]}",
			"{\"task_name\":\"t\",\"task_type\":\"rebootDevices\",\"targets\":[\"d1\"]}",
			"{\"task_name\":\"t\",\"task_type\":\"FirmwareUpgrade\",\"targets\":[\"d1\"]}",
			// task_mode other than GATEWAY
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"task_mode\":\"LOCAL\",\"targets\":[\"d1\"]}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"task_mode\":\"gateway\",\"targets\":[\"d1\"]}",
			// targets: bad device id, null, too long
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d 1\"]}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d/1\"]}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"\"]}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[null]}",
			// app_id: bad characters, empty, 37 characters
			"{\"app_id\":\"a b\",\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"]}",
			"{\"app_id\":\"\",\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"]}",
			"{\"app_id\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"]}",
			// task_policy
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"],\"task_policy\":{\"retry_count\":6,\"retry_interval\":10}}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"],\"task_policy\":{\"retry_count\":0,\"retry_interval\":10}}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"],\"task_policy\":{\"retry_count\":1,\"retry_interval\":1441}}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"],\"task_policy\":{\"retry_count\":1,\"retry_interval\":0}}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"],\"task_policy\":{\"schedule_time\":\"2024-06-27T08:15:30Z\"}}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"],\"task_policy\":{\"schedule_time\":\"20240627081530\"}}",
			// targets_filter
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets_filter\":{\"group_ids\":[]}}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets_filter\":{\"group_ids\":[\"g 1\"]}}",
			// wrong JSON types
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":\"abc\"}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"],\"need_confirm\":\"maybe\"}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"],\"task_policy\":{\"retry_count\":\"x\",\"retry_interval\":1}}",
			"{\"task_name\":[\"t\"],\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"]}",
			"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"],\"document\":\"pkg\"}" })
	void refusesACreateBodyThatBreaksAFieldRule(String body) {
		assertInvalidCreate(body);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fieldsOfAtMost128Characters")
	void refusesAFieldOfMoreThan128Characters(String field, String body, String character) {
		given(this.service.create(any(), any())).willReturn(task());

		assertThat(create(body.formatted(character.repeat(128)))).hasStatus(HttpStatus.CREATED);
		assertError(create(body.formatted(character.repeat(129))), HttpStatus.BAD_REQUEST, IotdaError.INVALID_INPUT);
		verify(this.service, times(1)).create(any(), any());
	}

	static Stream<Arguments> fieldsOfAtMost128Characters() {
		return Stream.of(
				Arguments.of("task name",
						"{\"task_name\":\"%s\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"]}", "n"),
				Arguments.of("device id",
						"{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"%s\"]}", "d"));
	}

	@Test
	void namesTheFieldThatBrokeItsRule() {
		MvcTestResult result = create("{\"task_name\":\"a-b\",\"task_type\":\"firmwareUpgrade\",\"targets\":[\"d1\"]}");

		assertError(result, HttpStatus.BAD_REQUEST, IotdaError.INVALID_INPUT);
		assertThat(result).bodyJson().extractingPath("$.error_msg").asString().contains("task_name");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"task_name\":", "{task_name:\"t\"}", "not json", "{\"task_name\":\"t\",}" })
	void answersMalformedJsonWithTheFormatError(String body) {
		assertError(create(body), HttpStatus.BAD_REQUEST, IotdaError.INVALID_FORMAT);
		verifyNoInteractions(this.service);
	}

	@Test
	void answersAMissingCreateBodyWithTheFormatError() {
		MvcTestResult result = this.mvc.post().uri(TASKS).contentType(MediaType.APPLICATION_JSON).exchange();

		assertError(result, HttpStatus.BAD_REQUEST, IotdaError.INVALID_FORMAT);
	}

	@ParameterizedTest
	@ValueSource(strings = { MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_XML_VALUE,
			MediaType.APPLICATION_FORM_URLENCODED_VALUE })
	void answersAnotherMediaTypeWithTheFormatError(String contentType) {
		assertRefusedBeforeTheService(
				this.mvc.post().uri(TASKS).contentType(contentType).content(VALID_CREATE).exchange(),
				HttpStatus.BAD_REQUEST, IotdaError.INVALID_FORMAT);
	}

	@Test
	void answersACreateWithoutContentTypeWithTheFormatError() {
		assertRefusedBeforeTheService(this.mvc.post().uri(TASKS).content(VALID_CREATE).exchange(),
				HttpStatus.BAD_REQUEST, IotdaError.INVALID_FORMAT);
	}

	@Test
	void acceptsJsonWithACharsetAndAnswersJsonToAnyJsonAccept() {
		given(this.service.create(any(), any())).willReturn(task());

		MvcTestResult result = this.mvc.post()
			.uri(TASKS)
			.contentType("application/json;charset=UTF-8")
			.accept("application/json", "*/*")
			.content(VALID_CREATE)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result.getResponse().getContentType()).startsWith("application/json");
	}

	@Test
	void answersAnAcceptThatExcludesJsonWithTheFormatErrorInJson() {
		assertRefusedBeforeTheService(
				this.mvc.get().uri(TASKS + "?task_type=firmwareUpgrade").accept(MediaType.TEXT_HTML).exchange(),
				HttpStatus.BAD_REQUEST, IotdaError.INVALID_FORMAT);
	}

	@Test
	void answersAStopBodyOfAnotherMediaTypeWithTheFormatError() {
		assertRefusedBeforeTheService(postStop(MediaType.TEXT_PLAIN, "{\"targets\":[\"d1\"]}"), HttpStatus.BAD_REQUEST,
				IotdaError.INVALID_FORMAT);
	}

	// ---- list
	// ---------------------------------------------------------------------------

	@Test
	void listsTasksWithTheirPage() {
		given(this.service.list(any(), any(), any(), any(), any()))
			.willReturn(new ListBatchTasksResponse(List.of(task()), new PageInfo(7, TASK_ID)));

		MvcTestResult result = this.mvc.get().uri(TASKS + "?task_type=firmwareUpgrade").exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.batchtasks[0].task_id").isEqualTo(TASK_ID);
		assertThat(result).bodyJson().extractingPath("$.page.count").isEqualTo(7);
		assertThat(result).bodyJson().extractingPath("$.page.marker").isEqualTo(TASK_ID);
		verify(this.service).list(DEFAULT_SCOPE, TaskType.FIRMWARE_UPGRADE, null, null,
				new Paging(ObjectIds.FIRST_MARKER, 0, 10));
	}

	@Test
	void leavesOutTheMarkerOfAnEmptyPage() {
		given(this.service.list(any(), any(), any(), any(), any()))
			.willReturn(new ListBatchTasksResponse(List.of(), new PageInfo(0, null)));

		MvcTestResult result = this.mvc.get().uri(TASKS + "?task_type=firmwareUpgrade").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.batchtasks").asArray().isEmpty();
		assertThat(result).bodyJson().extractingPath("$.page.count").isEqualTo(0);
		assertThat(result).bodyJson().doesNotHavePath("$.page.marker");
	}

	@Test
	void passesEveryListFilterAndPagingParameterToTheService() {
		given(this.service.list(any(), any(), any(), any(), any()))
			.willReturn(new ListBatchTasksResponse(List.of(), new PageInfo(0, null)));

		MvcTestResult result = this.mvc.get()
			.uri(TASKS + "?task_type=softwareUpgrade&app_id=app-1&status=PartialSuccess&limit=50&offset=500&marker="
					+ TASK_ID)
			.header("Instance-Id", "inst")
			.exchange();

		assertThat(result).hasStatusOk();
		verify(this.service).list(TenantScope.of("p1", "inst"), TaskType.SOFTWARE_UPGRADE, "app-1",
				TaskStatus.PARTIAL_SUCCESS, new Paging(TASK_ID, 500, 50));
	}

	@Test
	void refusesAListWithoutTaskType() {
		assertError(this.mvc.get().uri(TASKS).exchange(), HttpStatus.BAD_REQUEST, IotdaError.INVALID_INPUT);
		verifyNoInteractions(this.service);
	}

	@ParameterizedTest
	@ValueSource(strings = { "task_type=upgrade", "task_type=firmwareUpgrade&status=Running",
			"task_type=firmwareUpgrade&status=success", "task_type=firmwareUpgrade&app_id=a%20b" })
	void refusesAListWithAnUnknownTypeStatusOrBadAppId(String query) {
		assertError(this.mvc.get().uri(TASKS + "?" + query).exchange(), HttpStatus.BAD_REQUEST,
				IotdaError.INVALID_INPUT);
		verifyNoInteractions(this.service);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "51", "-1", "abc", "1.5" })
	void refusesALimitOutOfRange(String limit) {
		assertRefusedOnListAndShow("limit=" + limit, IotdaError.LIMIT_OUT_OF_RANGE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "501", "abc" })
	void refusesAnOffsetOutOfRange(String offset) {
		assertRefusedOnListAndShow("offset=" + offset, IotdaError.OFFSET_OUT_OF_RANGE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0123456789abcdef0123456", "0123456789abcdef012345678", "0123456789ABCDEF01234567",
			"0123456789abcdeg01234567", "" })
	void refusesAMarkerThatIsNotTwentyFourHexDigits(String marker) {
		assertRefusedOnListAndShow("marker=" + marker, IotdaError.INVALID_INPUT);
	}

	// ---- show
	// ---------------------------------------------------------------------------

	@Test
	void showsATaskWithOnePageOfItsSubtasks() {
		given(this.service.show(any(), any(), any(), any(), any())).willReturn(new ShowBatchTaskResponse(task(),
				List.of(new TaskDetail("d2", SubtaskStatus.FAIL, "out", new TaskDetail.Error("E1", "broken")),
						new TaskDetail("d1", SubtaskStatus.FAIL_WAIT_RETRY, null, null)),
				new PageInfo(2, "0123456789abcdef00000001")));

		MvcTestResult result = this.mvc.get().uri(TASKS + "/{id}", TASK_ID).exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.batchtask.task_id").isEqualTo(TASK_ID);
		assertThat(result).bodyJson().extractingPath("$.task_details[0].target").isEqualTo("d2");
		assertThat(result).bodyJson().extractingPath("$.task_details[0].status").isEqualTo("Fail");
		assertThat(result).bodyJson().extractingPath("$.task_details[0].output").isEqualTo("out");
		assertThat(result).bodyJson().extractingPath("$.task_details[0].error.error_code").isEqualTo("E1");
		assertThat(result).bodyJson().extractingPath("$.task_details[0].error.error_msg").isEqualTo("broken");
		assertThat(result).bodyJson().extractingPath("$.task_details[1].status").isEqualTo("FailWaitRetry");
		assertThat(result).bodyJson().doesNotHavePath("$.task_details[1].error");
		assertThat(result).bodyJson().doesNotHavePath("$.task_details[1].output");
		assertThat(result).bodyJson().extractingPath("$.page.count").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.page.marker").isEqualTo("0123456789abcdef00000001");
		verify(this.service).show(DEFAULT_SCOPE, TASK_ID, null, null, new Paging(ObjectIds.FIRST_MARKER, 0, 10));
	}

	@Test
	void passesShowsFiltersAndPagingToTheService() {
		given(this.service.show(any(), any(), any(), any(), any()))
			.willReturn(new ShowBatchTaskResponse(task(), List.of(), new PageInfo(0, null)));

		MvcTestResult result = this.mvc.get()
			.uri(TASKS + "/{id}?task_detail_status=Removed&target=d-1&limit=1&offset=0&marker=" + TASK_ID, "abc")
			.exchange();

		assertThat(result).hasStatusOk();
		verify(this.service).show(DEFAULT_SCOPE, "abc", SubtaskStatus.REMOVED, "d-1", new Paging(TASK_ID, 0, 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "task_detail_status=Waiting", "task_detail_status=stopped",
			"target=" + "t123456789t123456789t123456789t123456789t123456789t123456789t123456789t123456789"
					+ "t123456789t123456789t123456789t123456789t1234567890" })
	void refusesAnUnknownSubtaskStatusOrATooLongTarget(String query) {
		assertError(this.mvc.get().uri(TASKS + "/{id}?" + query, TASK_ID).exchange(), HttpStatus.BAD_REQUEST,
				IotdaError.INVALID_INPUT);
		verifyNoInteractions(this.service);
	}

	@Test
	void answersATaskTheServiceDoesNotFindWith404() {
		given(this.service.show(any(), any(), any(), any(), any()))
			.willThrow(BatchTaskNotFoundException.forId(TASK_ID));

		assertError(this.mvc.get().uri(TASKS + "/{id}", TASK_ID).exchange(), HttpStatus.NOT_FOUND,
				IotdaError.TASK_NOT_FOUND);
	}

	// ---- task_id and headers, on every operation on a task
	// --------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "0123456789ABCDEF01234567", "ABC", "0123456789abcdef012345678", "xyz", "12g4",
			"0123456789abcdef0123456%20" })
	void refusesATaskIdThatIsNotAtMostTwentyFourLowerCaseHexDigits(String taskId) {
		String path = TASKS + "/" + taskId;
		assertError(this.mvc.get().uri(path).exchange(), HttpStatus.BAD_REQUEST, IotdaError.INVALID_INPUT);
		assertError(this.mvc.delete().uri(path).exchange(), HttpStatus.BAD_REQUEST, IotdaError.INVALID_INPUT);
		for (String verb : List.of("stop", "retry", "confirm")) {
			assertError(this.mvc.post()
				.uri(path + "/" + verb)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.exchange(), HttpStatus.BAD_REQUEST, IotdaError.INVALID_INPUT);
		}
		verifyNoInteractions(this.service);
	}

	@Test
	void passesAShortWellFormedTaskIdToTheService() {
		given(this.service.apply(any(), any(), any(), anyList())).willReturn(List.of());

		assertThat(this.mvc.post().uri(TASKS + "/abc/stop").exchange()).hasStatusOk();
		verify(this.service).apply(BatchOperation.STOP, DEFAULT_SCOPE, "abc", List.of());
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 37 })
	void refusesAnInstanceIdThatIsEmptyOrLongerThanThirtySixCharacters(int length) {
		String instanceId = "i".repeat(length);

		assertError(this.mvc.post()
			.uri(TASKS)
			.header("Instance-Id", instanceId)
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID_CREATE)
			.exchange(), HttpStatus.BAD_REQUEST, IotdaError.INVALID_INPUT);
		assertError(
				this.mvc.get().uri(TASKS + "?task_type=firmwareUpgrade").header("Instance-Id", instanceId).exchange(),
				HttpStatus.BAD_REQUEST, IotdaError.INVALID_INPUT);
		assertError(this.mvc.get().uri(TASKS + "/{id}", TASK_ID).header("Instance-Id", instanceId).exchange(),
				HttpStatus.BAD_REQUEST, IotdaError.INVALID_INPUT);
		assertError(this.mvc.delete().uri(TASKS + "/{id}", TASK_ID).header("Instance-Id", instanceId).exchange(),
				HttpStatus.BAD_REQUEST, IotdaError.INVALID_INPUT);
		assertError(this.mvc.post().uri(TASKS + "/{id}/stop", TASK_ID).header("Instance-Id", instanceId).exchange(),
				HttpStatus.BAD_REQUEST, IotdaError.INVALID_INPUT);
		verifyNoInteractions(this.service);
	}

	@Test
	void scopesEveryOperationByProjectAndInstance() {
		given(this.service.apply(any(), any(), any(), anyList())).willReturn(List.of());

		assertThat(this.mvc.post()
			.uri("/v5/iot/proj_2/batchtasks/{id}/retry", TASK_ID)
			.header("Instance-Id", "x")
			.exchange()).hasStatusOk();
		assertThat(
				this.mvc.delete().uri("/v5/iot/proj_2/batchtasks/{id}", TASK_ID).header("Instance-Id", "x").exchange())
			.hasStatus(HttpStatus.NO_CONTENT);

		verify(this.service).apply(BatchOperation.RETRY, TenantScope.of("proj_2", "x"), TASK_ID, List.of());
		verify(this.service).delete(TenantScope.of("proj_2", "x"), TASK_ID);
	}

	@Test
	void acceptsAnAuthTokenWithoutCheckingIt() {
		given(this.service.apply(any(), any(), any(), anyList())).willReturn(List.of());

		assertThat(this.mvc.post().uri(TASKS + "/{id}/stop", TASK_ID).header("X-Auth-Token", "anything").exchange())
			.hasStatusOk();
	}

	// ---- delete
	// ---------------------------------------------------------------------------

	@Test
	void deletesATaskWith204AndAnEmptyBody() {
		MvcTestResult result = this.mvc.delete().uri(TASKS + "/{id}", TASK_ID).exchange();

		assertThat(result).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(result).body().isEmpty();
		assertThat(result).containsHeader("X-Request-Id");
		verify(this.service).delete(DEFAULT_SCOPE, TASK_ID);
	}

	@Test
	void answersADeleteTheTaskStatusRefusesWith403() {
		willThrow(new TaskStatusConflictException()).given(this.service).delete(any(), any());

		assertError(this.mvc.delete().uri(TASKS + "/{id}", TASK_ID).exchange(), HttpStatus.FORBIDDEN,
				IotdaError.TASK_STATUS_NOT_ALLOWED);
	}

	// ---- stop, retry, confirm
	// ---------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "stop", "retry", "confirm" })
	void answersPerTargetResultsInRequestOrder(String verb) {
		given(this.service.apply(any(), any(), any(), anyList())).willReturn(
				List.of(BatchTargetResult.failure("d9", IotdaError.TARGET_NOT_IN_TASK), BatchTargetResult.success("d1"),
						BatchTargetResult.failure("d2", IotdaError.SUBTASK_STATUS_NOT_ALLOWED)));

		MvcTestResult result = this.mvc.post()
			.uri(TASKS + "/{id}/" + verb, TASK_ID)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"targets\":[\"d9\",\"d1\",\"d2\"]}")
			.exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.targets[0].target").isEqualTo("d9");
		assertThat(result).bodyJson().extractingPath("$.targets[0].status").isEqualTo("failure");
		assertThat(result).bodyJson().extractingPath("$.targets[0].error_code").isEqualTo("IOTDA.014219");
		assertThat(result).bodyJson()
			.extractingPath("$.targets[0].error_msg")
			.isEqualTo("Invalid input. The target is not in the task");
		assertThat(result).bodyJson().extractingPath("$.targets[1].target").isEqualTo("d1");
		assertThat(result).bodyJson().extractingPath("$.targets[1].status").isEqualTo("success");
		assertThat(result).bodyJson().doesNotHavePath("$.targets[1].error_code");
		assertThat(result).bodyJson().doesNotHavePath("$.targets[1].error_msg");
		assertThat(result).bodyJson().extractingPath("$.targets[2].error_code").isEqualTo("IOTDA.014220");
		verify(this.service).apply(operation(verb), DEFAULT_SCOPE, TASK_ID, List.of("d9", "d1", "d2"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "stop", "retry", "confirm" })
	void passesNoTargetsForAnEmptyBodyAnEmptyObjectOrAnEmptyList(String verb) {
		given(this.service.apply(any(), any(), any(), anyList())).willReturn(List.of());
		String path = TASKS + "/" + TASK_ID + "/" + verb;

		List<MvcTestResult> results = List.of(this.mvc.post().uri(path).exchange(),
				this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).exchange(),
				this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content("").exchange(),
				this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content("{}").exchange(),
				this.mvc.post()
					.uri(path)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"targets\":[]}")
					.exchange(),
				this.mvc.post()
					.uri(path)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"targets\":null}")
					.exchange());

		for (MvcTestResult result : results) {
			assertThat(result).hasStatusOk();
			assertThat(result).bodyJson().isEqualTo("{\"targets\":[]}");
		}
		verify(this.service, times(results.size())).apply(operation(verb), DEFAULT_SCOPE, TASK_ID, List.of());
	}

	@Test
	void passesMoreThanOneHundredTargetsThroughForTheServiceToRefuse() {
		List<String> targets = IntStream.rangeClosed(1, 101).mapToObj((i) -> "d" + i).toList();
		given(this.service.apply(any(), any(), any(), anyList()))
			.willThrow(new InvalidInputException("targets must hold at most 100 items."));

		MvcTestResult result = postStop(MediaType.APPLICATION_JSON, targetsJsonObject(targets));

		assertError(result, HttpStatus.BAD_REQUEST, IotdaError.INVALID_INPUT);
		assertThat(result).bodyJson()
			.extractingPath("$.error_msg")
			.isEqualTo("Invalid input data. targets must hold at most 100 items.");
		verify(this.service).apply(BatchOperation.STOP, DEFAULT_SCOPE, TASK_ID, targets);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"targets\":\"d1\"}", "{\"targets\":{}}", "{\"targets\":7}",
			"{\"targets\":[{\"id\":\"d1\"}]}" })
	void refusesTargetsOfTheWrongJsonType(String body) {
		assertRefusedBeforeTheService(postStop(MediaType.APPLICATION_JSON, body), HttpStatus.BAD_REQUEST,
				IotdaError.INVALID_INPUT);
	}

	@Test
	void answersAMalformedStopBodyWithTheFormatError() {
		assertRefusedBeforeTheService(postStop(MediaType.APPLICATION_JSON, "{\"targets\":[\"d1\""),
				HttpStatus.BAD_REQUEST, IotdaError.INVALID_FORMAT);
	}

	@Test
	void answersAStopTheTaskStatusRefusesWith403() {
		given(this.service.apply(any(), any(), any(), anyList())).willThrow(new TaskStatusConflictException());

		assertError(this.mvc.post().uri(TASKS + "/{id}/stop", TASK_ID).exchange(), HttpStatus.FORBIDDEN,
				IotdaError.TASK_STATUS_NOT_ALLOWED);
	}

	// ---- the gateway's and the unexpected errors
	// ---------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "/v5/iot/p1/nothing", "/v5/iot/p1/batchtasks/" + TASK_ID + "/pause", "/v3/whatever",
			"/v5/iot/p1/batchtasks/" + TASK_ID + "/stop/now" })
	void answersAnUnknownPathWithTheGatewaysNotFound(String path) {
		assertGatewayNotFound(this.mvc.get().uri(path).exchange());
		assertGatewayNotFound(
				this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content("{}").exchange());
		verifyNoInteractions(this.service);
	}

	@Test
	void answersAMethodNoOperationHasWithTheGatewaysNotFound() {
		assertGatewayNotFound(
				this.mvc.put().uri(TASKS).contentType(MediaType.APPLICATION_JSON).content("{}").exchange());
		assertGatewayNotFound(this.mvc.delete().uri(TASKS).exchange());
		assertGatewayNotFound(this.mvc.patch().uri(TASKS + "/{id}", TASK_ID).exchange());
		assertGatewayNotFound(this.mvc.post().uri(TASKS + "/{id}", TASK_ID).exchange());
		assertGatewayNotFound(this.mvc.get().uri(TASKS + "/{id}/stop", TASK_ID).exchange());
		assertGatewayNotFound(this.mvc.delete().uri(TASKS + "/{id}/retry", TASK_ID).exchange());
		verifyNoInteractions(this.service);
	}

	@Test
	void answersAnUnexpectedFailureWith500AndNothingOfTheCause() {
		given(this.service.show(any(), any(), any(), any(), any())).willThrow(new IllegalStateException(
				"could not execute statement [SELECT * FROM batch_task WHERE secret] at org.hibernate.Query"));

		MvcTestResult result = this.mvc.get().uri(TASKS + "/{id}", TASK_ID).exchange();

		assertError(result, HttpStatus.INTERNAL_SERVER_ERROR, IotdaError.INTERNAL);
		assertThat(result).bodyJson().extractingPath("$.error_msg").isEqualTo("Internal server error.");
		assertThat(result).bodyText()
			.doesNotContain("SELECT")
			.doesNotContain("batch_task")
			.doesNotContain("IllegalStateException")
			.doesNotContain("hibernate")
			.doesNotContain("java.")
			.doesNotContain("\tat ");
	}

	@Test
	void answersAnUnreachableDatabaseWith503() {
		given(this.service.apply(any(), any(), any(), anyList())).willThrow(new CannotCreateTransactionException(
				"Could not open JPA EntityManager for transaction; jdbc:postgresql://db:5432/secret"));

		MvcTestResult result = this.mvc.post().uri(TASKS + "/{id}/stop", TASK_ID).exchange();

		assertError(result, HttpStatus.SERVICE_UNAVAILABLE, IotdaError.SERVICE_UNAVAILABLE);
		assertThat(result).bodyJson()
			.extractingPath("$.error_msg")
			.isEqualTo("Internal server error. (service unavailable)");
		assertThat(result).bodyText().doesNotContain("jdbc").doesNotContain("CannotCreateTransaction");
	}

	@Test
	void givesEveryAnswerItsOwnRequestId() {
		given(this.service.apply(any(), any(), any(), anyList())).willReturn(List.of());

		MvcTestResult first = this.mvc.post().uri(TASKS + "/{id}/stop", TASK_ID).exchange();
		MvcTestResult second = this.mvc.post().uri(TASKS + "/{id}/stop", TASK_ID).exchange();
		MvcTestResult refused = this.mvc.get().uri(TASKS).exchange();

		assertThat(first).hasStatusOk().containsHeader("X-Request-Id");
		assertThat(second).hasStatusOk().containsHeader("X-Request-Id");
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).containsHeader("X-Request-Id");
		assertThat(List.of(requestId(first), requestId(second), requestId(refused))).doesNotHaveDuplicates()
			.allSatisfy((id) -> assertThat(id).isNotBlank());
	}

	@Test
	void putsTheRequestIdOnlyIntoGatewayErrorBodies() {
		MvcTestResult gateway = this.mvc.get().uri("/v5/iot/p1/nothing").exchange();
		MvcTestResult iotda = this.mvc.get().uri(TASKS).exchange();

		assertThat(gateway).bodyJson().extractingPath("$.request_id").isEqualTo(requestId(gateway));
		assertThat(iotda).bodyJson().doesNotHavePath("$.request_id");
	}

	// ---- helpers
	// ------------------------------------------------------------------------------

	private MvcTestResult create(String body) {
		return this.mvc.post().uri(TASKS).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	private void assertInvalidCreate(String body) {
		assertError(create(body), HttpStatus.BAD_REQUEST, IotdaError.INVALID_INPUT);
		verifyNoInteractions(this.service);
	}

	private void assertGatewayNotFound(MvcTestResult result) {
		assertError(result, HttpStatus.NOT_FOUND, IotdaError.API_NOT_FOUND);
		assertThat(result).bodyJson().extractingPath("$.request_id").isEqualTo(requestId(result));
	}

	/**
	 * The IoTDA envelope: status, code, the catalog's message first, and a request id.
	 */
	private MvcTestResult postStop(MediaType contentType, String body) {
		return this.mvc.post().uri(TASKS + "/{id}/stop", TASK_ID).contentType(contentType).content(body).exchange();
	}

	/** The query is refused by list and show alike, before the service. */
	private void assertRefusedOnListAndShow(String query, IotdaError error) {
		assertError(this.mvc.get().uri(TASKS + "?task_type=firmwareUpgrade&" + query).exchange(),
				HttpStatus.BAD_REQUEST, error);
		assertRefusedBeforeTheService(this.mvc.get().uri(TASKS + "/{id}?" + query, TASK_ID).exchange(),
				HttpStatus.BAD_REQUEST, error);
	}

	/** The error, answered before the request reached the service. */
	private void assertRefusedBeforeTheService(MvcTestResult result, HttpStatus status, IotdaError error) {
		assertError(result, status, error);
		verifyNoInteractions(this.service);
	}

	private static void assertError(MvcTestResult result, HttpStatus status, IotdaError error) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).containsHeader("X-Request-Id");
		assertThat(result).bodyJson().extractingPath("$.error_code").isEqualTo(error.code());
		assertThat(result).bodyJson().extractingPath("$.error_msg").asString().startsWith(error.message());
		Map<String, Object> body = JsonPath.read(bodyOf(result), "$");
		assertThat(body.keySet()).isSubsetOf("error_code", "error_msg", "request_id");
	}

	private static String bodyOf(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String requestId(MvcTestResult result) {
		return result.getResponse().getHeader("X-Request-Id");
	}

	private static BatchOperation operation(String verb) {
		return BatchOperation.valueOf(verb.toUpperCase(Locale.ROOT));
	}

	private static String createWithTargets(int count) {
		return "{\"task_name\":\"t\",\"task_type\":\"firmwareUpgrade\",\"targets\":"
				+ targetsJson(IntStream.rangeClosed(1, count).mapToObj((i) -> "d" + i).toList()) + "}";
	}

	private static String targetsJson(List<String> targets) {
		return targets.stream().map((target) -> "\"" + target + "\"").collect(Collectors.joining(",", "[", "]"));
	}

	private static String targetsJsonObject(List<String> targets) {
		return "{\"targets\":" + targetsJson(targets) + "}";
	}

	private static TaskResponse task() {
		return new TaskResponse(TASK_ID, "upgrade_1", TaskType.FIRMWARE_UPGRADE, null, false, null, List.of("d1", "d2"),
				null, Map.of("package_ids", List.of("pkg1")), new TaskPolicy(null, 3, 10), TaskStatus.WAITTING, null,
				new TaskResponse.Progress(2, 0, 0, 0, 1, 1, 0, 0), "20240627T081530Z");
	}

}
