package io.iotda.emulator.emulator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tasks and subtasks in given states, in one call. */
@RestController
@RequestMapping(path = "/_emulator/fixtures", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Fixtures", description = "Load tasks whose subtasks are already in given states")
class FixtureController {

	private final Fixtures fixtures;

	FixtureController(Fixtures fixtures) {
		this.fixtures = fixtures;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Load a fixture",
			description = "Creates each task as the batch-task API would, then puts the subtasks into the given "
					+ "statuses; the task's progress and status follow from them. All or nothing.")
	Fixtures.Loaded load(@RequestBody Fixtures.Fixture fixture) {
		return this.fixtures.load(fixture);
	}

}
