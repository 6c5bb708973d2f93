package io.iotda.emulator.controlplane.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.controlplane.ControlPlaneExceptions;
import io.iotda.emulator.controlplane.ControlPlaneInput;
import io.iotda.emulator.controlplane.ControlPlaneParameters;
import io.iotda.emulator.controlplane.ControlPlaneParameters.RecordId;
import io.iotda.emulator.controlplane.PlainText;
import io.iotda.emulator.web.error.InvalidInputException;
import io.iotda.emulator.web.error.IotdaError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Faults on demand for the emulated API: errors and latency per operation. */
@RestController
@RequestMapping(path = "/_emulator/faults", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Faults", description = "Make batch-task operations answer an IoTDA error or respond slowly")
class FaultController {

	static final String OPERATION_PATTERN = "^(\\*|CreateBatchTask|ListBatchTasks|ShowBatchTask|DeleteBatchTask"
			+ "|StopBatchTask|RetryBatchTask|ConfirmBatchTask)$";

	private final FaultRules rules;

	private final ControlPlaneInput input;

	FaultController(FaultRules rules, ControlPlaneInput input) {
		this.rules = rules;
		this.input = input;
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FaultBody(@Schema(accessMode = Schema.AccessMode.READ_ONLY) @JsonProperty("id") String id, @Schema(
			description = "operationId, or * for every operation", example = "StopBatchTask", allowableValues = {
					"*", "CreateBatchTask", "ListBatchTasks", "ShowBatchTask", "DeleteBatchTask", "StopBatchTask",
					"RetryBatchTask", "ConfirmBatchTask" }) @NotNull(message = "is required") @Pattern(
							regexp = OPERATION_PATTERN,
							message = "must be * or one of CreateBatchTask, ListBatchTasks, ShowBatchTask, "
									+ "DeleteBatchTask, StopBatchTask, RetryBatchTask, ConfirmBatchTask") @JsonProperty("operation") String operation,
			@Schema(description = "IoTDA error code to answer; its status and message come from the catalog "
					+ "unless given", example = "IOTDA.000001",
					pattern = ControlPlaneParameters.ERROR_CODE_PATTERN) @Pattern(
							regexp = ControlPlaneParameters.ERROR_CODE_PATTERN,
							message = "must be 1 to 32 of A-Za-z0-9._-") @JsonProperty("error_code") String errorCode,
			@Schema(minimum = "400", maximum = "599") @Min(value = 400, message = "must be 400 to 599") @Max(
					value = 599, message = "must be 400 to 599") @JsonProperty("http_status") Integer httpStatus,
			@Schema(maxLength = 512) @Size(min = 1, max = 512, message = "must be 1 to 512 characters") @PlainText(
					message = "must not hold control characters") @JsonProperty("error_msg") String errorMsg,
			@Schema(description = "Latency to add, in milliseconds", minimum = "0", maximum = "60000") @Min(value = 0,
					message = "must be 0 to 60000") @Max(value = 60_000,
							message = "must be 0 to 60000") @JsonProperty("latency_ms") Long latencyMs,
			@Schema(description = "Only the next N calls; absent for no limit", minimum = "1") @Min(value = 1,
					message = "must be at least 1") @JsonProperty("times") Integer times,
			@Schema(description = "Chance that a call is hit, 0 to 1 (default 1)") @DecimalMin(value = "0",
					inclusive = false, message = "must be above 0 and at most 1") @DecimalMax(value = "1",
							message = "must be above 0 and at most 1") @JsonProperty("probability") Double probability,
			@Schema(description = "Seed of the draws, for reproducible runs") @JsonProperty("seed") Long seed,
			@Schema(accessMode = Schema.AccessMode.READ_ONLY) @JsonProperty("remaining") Integer remaining,
			@Schema(accessMode = Schema.AccessMode.READ_ONLY) @JsonProperty("applied") Integer applied){

		static FaultBody of(FaultRules.Rule rule) {
			return new FaultBody(rule.id, rule.operation, rule.errorCode, rule.httpStatus, rule.errorMsg,
					(rule.latency != null) ? rule.latency.toMillis() : null, null, rule.probability, rule.seed,
					rule.remaining, rule.applied);
		}

	}

	@GetMapping
	@Operation(summary = "List fault rules")
	Map<String, List<FaultBody>> list() {
		return Map.of("faults", this.rules.all().stream().map(FaultBody::of).toList());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a fault rule")
	FaultBody add(@RequestBody FaultBody body) {
		this.input.check(body);
		if (body.errorCode() == null && body.latencyMs() == null) {
			throw new InvalidInputException("give error_code and/or latency_ms.");
		}
		double probability = (body.probability() != null) ? body.probability() : 1.0;
		Integer status = body.httpStatus();
		String message = body.errorMsg();
		if (body.errorCode() != null) {
			IotdaError known = IotdaError.ofCode(body.errorCode()).orElse(null);
			if (status == null) {
				status = (known != null && known.status().value() >= 400) ? known.status().value() : 500;
			}
			if (message == null) {
				message = (known != null) ? known.message() : "Injected fault.";
			}
		}
		FaultRules.Rule rule = new FaultRules.Rule(ObjectIds.next(), body.operation(), status, body.errorCode(),
				message, (body.latencyMs() != null) ? Duration.ofMillis(body.latencyMs()) : null, body.times(),
				probability, body.seed());
		return FaultBody.of(this.rules.add(rule));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a fault rule")
	void delete(@RecordId @PathVariable("id") String id) {
		if (!this.rules.remove(id)) {
			throw ControlPlaneExceptions.NotFoundException.of("fault rule", id);
		}
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete every fault rule")
	void clear() {
		this.rules.clear();
	}

}
