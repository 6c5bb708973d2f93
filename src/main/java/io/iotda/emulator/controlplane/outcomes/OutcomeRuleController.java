package io.iotda.emulator.controlplane.outcomes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.controlplane.ControlPlaneExceptions;
import io.iotda.emulator.controlplane.ControlPlaneInput;
import io.iotda.emulator.controlplane.ControlPlaneParameters;
import io.iotda.emulator.controlplane.ControlPlaneParameters.ProjectIdParam;
import io.iotda.emulator.controlplane.ControlPlaneParameters.RecordId;
import io.iotda.emulator.controlplane.PlainText;
import io.iotda.emulator.simulation.OutcomeRule;
import io.iotda.emulator.simulation.OutcomeRules;
import io.iotda.emulator.web.error.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Scripted per-device outcomes: the first matching rule decides each attempt. */
@RestController
@RequestMapping(path = "/_emulator/outcome-rules", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Outcome rules",
		description = "Per-device outcomes (success, fail, fail_then_succeed, stuck); devices no rule matches "
				+ "succeed at the configured success rate")
class OutcomeRuleController {

	private final OutcomeRules rules;

	private final ControlPlaneInput input;

	OutcomeRuleController(OutcomeRules rules, ControlPlaneInput input) {
		this.rules = rules;
		this.input = input;
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RuleBody(@JsonProperty("id") @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id, @Schema(
			description = "Lower first; default: after every existing rule") @JsonProperty("position") Long position,
			@Schema(description = "Only tasks of this project; absent for all",
					pattern = "^[A-Za-z0-9_-]{1,64}$") @ProjectIdParam @JsonProperty("project_id") String projectId,
			@Schema(allowableValues = {
					"exact", "glob", "regex" }, defaultValue = "exact") @Pattern(regexp = "^(exact|glob|regex)$",
							message = "must be exact, glob or regex") @JsonProperty("match_type") String matchType,
			@Schema(description = "A device id, a glob (dev-0*), or a regex matching the whole id",
					example = "demo-device-00*", maxLength = 256) @NotNull(message = "is required") @Size(min = 1,
							max = 256, message = "must be 1 to 256 characters") @PlainText(
									message = "must not hold control characters") @JsonProperty("pattern") String pattern,
			@Schema(allowableValues = { "success", "fail", "fail_then_succeed", "stuck" }) @NotNull(
					message = "is required") @Pattern(regexp = "^(success|fail|fail_then_succeed|stuck)$",
							message = "must be success, fail, fail_then_succeed or stuck") @JsonProperty("outcome") String outcome,
			@Schema(example = "IOTDA.014230", pattern = ControlPlaneParameters.ERROR_CODE_PATTERN) @Pattern(
					regexp = ControlPlaneParameters.ERROR_CODE_PATTERN,
					message = "must be 1 to 32 of A-Za-z0-9._-") @JsonProperty("error_code") String errorCode,
			@Schema(example = "The device rejected the firmware package.", maxLength = 512) @Size(min = 1, max = 512,
					message = "must be 1 to 512 characters") @PlainText(
							message = "must not hold control characters") @JsonProperty("error_msg") String errorMsg,
			@Schema(description = "fail_then_succeed: attempts that fail before one succeeds", minimum = "1",
					maximum = "1000") @Min(value = 1, message = "must be 1 to 1000") @Max(value = 1000,
							message = "must be 1 to 1000") @JsonProperty("fail_attempts") Integer failAttempts){

		static RuleBody of(OutcomeRule rule) {
			return new RuleBody(rule.id(), rule.position(), rule.projectId(), rule.matchType().wireName(),
					rule.pattern(), rule.outcome().wireName(), rule.errorCode(), rule.errorMsg(), rule.failAttempts());
		}

		/** The rule; the fields were checked by {@link ControlPlaneInput} before. */
		OutcomeRule toRule() {
			try {
				return new OutcomeRule(null, (this.position != null) ? this.position : 0, this.projectId,
						OutcomeRule.MatchType.of((this.matchType != null) ? this.matchType : "exact"), this.pattern,
						OutcomeRule.Outcome.of(this.outcome), this.errorCode, this.errorMsg, this.failAttempts);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException(ex.getMessage() + ".");
			}
		}

	}

	@GetMapping
	@Operation(summary = "List outcome rules", description = "In the order they are tried.")
	Map<String, List<RuleBody>> list() {
		return Map.of("rules", this.rules.findAll().stream().map(RuleBody::of).toList());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an outcome rule")
	RuleBody add(@RequestBody RuleBody body) {
		this.input.check(body);
		return RuleBody.of(this.rules.add(body.toRule()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Show an outcome rule")
	RuleBody show(@RecordId @PathVariable("id") String id) {
		return this.rules.findById(id)
			.map(RuleBody::of)
			.orElseThrow(() -> ControlPlaneExceptions.NotFoundException.of("outcome rule", id));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace an outcome rule")
	RuleBody replace(@RecordId @PathVariable("id") String id, @RequestBody RuleBody body) {
		this.input.check(body);
		if (!this.rules.replace(id, body.toRule())) {
			throw ControlPlaneExceptions.NotFoundException.of("outcome rule", id);
		}
		return show(id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an outcome rule")
	void delete(@RecordId @PathVariable("id") String id) {
		if (!this.rules.delete(id)) {
			throw ControlPlaneExceptions.NotFoundException.of("outcome rule", id);
		}
	}

	@DeleteMapping
	@Operation(summary = "Delete every outcome rule (or those of one project)")
	Map<String, Integer> deleteAll(
			@ProjectIdParam @RequestParam(name = "project_id", required = false) String projectId) {
		return Map.of("deleted", this.rules.deleteAll(projectId));
	}

}
