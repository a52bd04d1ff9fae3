package io.evpair.api.simulator;

import io.evpair.api.problems.Problem;
import io.evpair.api.problems.ProblemType;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.engine.simulator.ClockMoveRefusedException;
import io.evpair.engine.simulator.InvalidReportsException;
import io.evpair.engine.simulator.SimulatedOemFeed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The simulated OEM's telemetry and virtual clock (SPEC §6.1). */
@RestController
@Tag(name = "Simulator")
@ConditionalOnProperty(name = "evpair.simulator.enabled", havingValue = "true")
class SimulatorFeedController {
    private final SimulatedOemFeed feed;

    SimulatorFeedController(SimulatedOemFeed feed) {
        this.feed = feed;
    }

    @PostMapping("/simulator/observations")
    @Operation(operationId = "postSimulatedObservations",
            summary = "Report simulated devices' state; all or nothing, answered once stored and processed by the pairing engine")
    Accepted observations(AuthenticatedClient client, @Valid @RequestBody SimulatedObservationsRequest request) {
        return new Accepted(feed.report(client.id(), request.observations().stream()
                .map(row -> row == null ? null : row.toReport()).toList()));
    }

    @PostMapping("/simulator/clock")
    @Operation(operationId = "advanceSimulatorClock",
            summary = "Move the client's virtual clock forward (never back); the engine acts on the time passed")
    ClockReading clock(AuthenticatedClient client, @Valid @RequestBody ClockRequest request) {
        return new ClockReading(feed.advanceClock(client.id(), request.now()));
    }

    @ExceptionHandler(InvalidReportsException.class)
    ResponseEntity<Problem> invalidReports(InvalidReportsException e) {
        List<Problem.Issue> issues = e.issues().stream()
                .map(i -> new Problem.Issue("observations[" + i.row() + "]" + (i.field().isEmpty() ? "" : "." + i.field()),
                        i.message()))
                .toList();
        String detail = issues.size() + " observation(s) invalid, nothing was applied; first: "
                + issues.get(0).field() + " " + issues.get(0).message();
        return io.evpair.api.problems.ApiExceptionHandler.respond(ProblemType.VALIDATION.problem(detail, issues));
    }

    @ExceptionHandler(ClockMoveRefusedException.class)
    ResponseEntity<Problem> clockMoveRefused(ClockMoveRefusedException e) {
        return io.evpair.api.problems.ApiExceptionHandler.respond(
                io.evpair.api.problems.ApiProblemException.invalid("now", e.getMessage()).problem());
    }

    @Schema(name = "SimulatedObservationsAccepted")
    record Accepted(int accepted) {
    }

    @Schema(name = "SimulatorClockRequest")
    record ClockRequest(@Schema(example = "2026-03-02T18:00:00Z", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Instant now) {
    }

    @Schema(name = "SimulatorClock")
    record ClockReading(Instant now) {
    }
}
