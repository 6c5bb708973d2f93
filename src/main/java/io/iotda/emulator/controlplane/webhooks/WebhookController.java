package io.iotda.emulator.controlplane.webhooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.iotda.emulator.web.ObjectIds;
import io.iotda.emulator.controlplane.ControlPlaneExceptions;
import io.iotda.emulator.controlplane.ControlPlaneInput;
import io.iotda.emulator.controlplane.ControlPlaneParameters.ProjectIdParam;
import io.iotda.emulator.controlplane.ControlPlaneParameters.RecordId;
import io.iotda.emulator.web.error.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhooks for batch-task status-change notifications, and their delivery log. */
@RestController
@RequestMapping(path = "/_emulator/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhooks", description = "URLs that receive IoTDA batch-task status-change notifications")
class WebhookController {

	private final Webhooks webhooks;

	private final WebhookDestinations destinations;

	private final ControlPlaneInput input;

	private final Clock clock;

	WebhookController(Webhooks webhooks, WebhookDestinations destinations, ControlPlaneInput input, Clock clock) {
		this.webhooks = webhooks;
		this.destinations = destinations;
		this.input = input;
		this.clock = clock;
	}

	record WebhookRequest(@Schema(example = "https://receiver.example.com/iotda-notifications", maxLength = 2048,
			description = "http or https; loopback, link-local, private and other non-public destinations only "
					+ "when iotda.emulator.webhook-allowed-hosts lists them") @NotNull(message = "is required") @Size(
							max = 2048, message = "must be at most 2048 characters") @Pattern(regexp = "^[!-~]*$",
									message = "must be printable ASCII (percent-encode anything else)") @JsonProperty("url") String url,
			@Schema(description = "Only tasks of this project; absent for all",
					pattern = "^[A-Za-z0-9_-]{1,64}$") @ProjectIdParam @JsonProperty("project_id") String projectId) {
	}

	@GetMapping
	@Operation(summary = "List webhooks")
	Map<String, List<Webhooks.Webhook>> list() {
		return Map.of("webhooks", this.webhooks.all());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a webhook",
			description = "Every task-level status transition is POSTed as {\"resource\":\"batchtask\",\"event\":\"update\","
					+ "\"event_time\":...,\"notify_data\":{\"body\":{app_id, task_id, task_type, status, status_desc}}}.")
	Webhooks.Webhook add(@RequestBody WebhookRequest request) {
		this.input.check(request);
		String refusal;
		try {
			refusal = this.destinations.refusalAtRegistration(new URI(request.url()));
		}
		catch (URISyntaxException ex) {
			refusal = "must be an absolute http or https URL";
		}
		if (refusal != null) {
			throw new InvalidInputException("url " + refusal + ".");
		}
		return this.webhooks.add(ObjectIds.next(), request.url(), request.projectId(), this.clock.instant());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a webhook")
	void delete(@RecordId @PathVariable("id") String id) {
		if (!this.webhooks.remove(id)) {
			throw ControlPlaneExceptions.NotFoundException.of("webhook", id);
		}
	}

	@GetMapping("/deliveries")
	@Operation(summary = "Delivery log",
			description = "Newest first: each attempt, with its outcome (this instance's deliveries).")
	Map<String, List<Webhooks.Delivery>> deliveries(
			@RequestParam(name = "limit", required = false, defaultValue = "50") int limit,
			@Pattern(regexp = ObjectIds.TASK_ID_PATTERN, message = "must be at most 24 of a-f0-9") @RequestParam(
					name = "task_id", required = false) String taskId) {
		return Map.of("deliveries", this.webhooks.deliveries(Math.max(1, Math.min(limit, 500)), taskId));
	}

}
