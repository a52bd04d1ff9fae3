package io.evpair.api.chargers;

import io.evpair.engine.ids.ChargerId;

import io.evpair.api.problems.ApiProblemException;
import io.evpair.api.problems.Problem;
import io.evpair.api.problems.ProblemType;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.ResetKind;
import io.evpair.engine.maintenance.ChargerMaintenanceRequests;
import io.evpair.engine.maintenance.MaintenanceRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Support commands for OCPP chargers, beyond Enode's API (Enode has no such endpoints): restart a charger, release
 * a stuck cable. The answer is the charger's own, given on a request thread that did not wait for it.
 */
@RestController
@Tag(name = "Charger maintenance", description = "evpair only, not in Enode's API: OCPP chargers")
class ChargerMaintenanceController {
    /** The engine bounds the wait (evpair.ocpp.call-timeout); a second, shorter bound here would cut answers off. */
    private static final long NO_TIMEOUT = 0L;

    private final ChargerMaintenanceRequests maintenance;

    ChargerMaintenanceController(ChargerMaintenanceRequests maintenance) {
        this.maintenance = maintenance;
    }

    @Schema(name = "ResetRequest")
    record Reset(@Schema(description = "SOFT lets a running session end first where the charger can; HARD restarts at once",
            requiredMode = Schema.RequiredMode.REQUIRED) @NotNull ResetKind type) {
    }

    @Schema(name = "UnlockConnectorRequest")
    record UnlockConnector(@Schema(description = "The connector (OCPP 2.0.1: the EVSE) whose cable to release",
            example = "1", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Min(1) @Max(100) Integer connectorId) {
    }

    enum Outcome { ACCEPTED, REJECTED, NO_RESPONSE }

    @Schema(name = "MaintenanceResponse")
    record MaintenanceResponse(
            @Schema(description = "The charger's answer: ACCEPTED (it carries the command out), REJECTED, or "
                    + "NO_RESPONSE (none within the call timeout; it may or may not have done it)",
                    requiredMode = Schema.RequiredMode.REQUIRED) Outcome result,
            @Schema(description = "Why, when not ACCEPTED") String detail) {
    }

    @PostMapping("/chargers/{chargerId}/maintenance/reset")
    @Operation(operationId = "resetCharger", summary = "Restart an OCPP charger (OCPP Reset); evpair only, not in Enode's API",
            responses = {
                    @ApiResponse(responseCode = "202", description = "The charger accepted and restarts"),
                    @ApiResponse(responseCode = "200", description = "The charger rejected the reset, or did not answer in time"),
                    @ApiResponse(responseCode = "409", description = "The charger is not connected now",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem"))),
                    @ApiResponse(responseCode = "422", description = "The charger is not an OCPP charger",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))})
    DeferredResult<ResponseEntity<MaintenanceResponse>> reset(AuthenticatedClient client, @PathVariable UUID chargerId,
                                                              @Valid @RequestBody Reset request) {
        return answer(chargerId, maintenance.reset(client.id(), new ChargerId(chargerId), request.type()));
    }

    @PostMapping("/chargers/{chargerId}/maintenance/unlock-connector")
    @Operation(operationId = "unlockChargerConnector",
            summary = "Release the cable of an OCPP charger's connector (OCPP UnlockConnector); evpair only, not in Enode's API",
            responses = {
                    @ApiResponse(responseCode = "202", description = "The charger unlocked the connector"),
                    @ApiResponse(responseCode = "200", description = "The charger could not unlock it, or did not answer in time"),
                    @ApiResponse(responseCode = "409", description = "The charger is not connected now",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem"))),
                    @ApiResponse(responseCode = "422", description = "The charger is not an OCPP charger",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))})
    DeferredResult<ResponseEntity<MaintenanceResponse>> unlockConnector(AuthenticatedClient client, @PathVariable UUID chargerId,
                                                                        @Valid @RequestBody UnlockConnector request) {
        return answer(chargerId, maintenance.unlockConnector(client.id(), new ChargerId(chargerId), request.connectorId()));
    }

    private static DeferredResult<ResponseEntity<MaintenanceResponse>> answer(UUID chargerId, MaintenanceRequest request) {
        if (request instanceof MaintenanceRequest.UnknownCharger) {
            throw ApiProblemException.notFound("Charger", chargerId);
        }
        if (request instanceof MaintenanceRequest.Unsupported unsupported) {
            throw new ApiProblemException(ProblemType.UNPROCESSABLE,
                    "Only OCPP chargers take maintenance commands; this one is " + unsupported.vendor());
        }
        DeferredResult<ResponseEntity<MaintenanceResponse>> answer = new DeferredResult<>(NO_TIMEOUT);
        ((MaintenanceRequest.Sent) request).answer().whenComplete((result, failure) -> {
            if (failure != null) {
                answer.setErrorResult(failure);
            } else if (result instanceof CommandResult.Unreachable unreachable) {
                answer.setErrorResult(new ApiProblemException(ProblemType.CONFLICT,
                        "The charger is not connected: " + unreachable.detail()));
            } else {
                answer.setResult(response(result));
            }
        });
        return answer;
    }

    private static ResponseEntity<MaintenanceResponse> response(CommandResult result) {
        if (result instanceof CommandResult.Rejected rejected) {
            return ResponseEntity.ok(new MaintenanceResponse(Outcome.REJECTED, rejected.reason()));
        }
        if (result instanceof CommandResult.NoResponse none) {
            return ResponseEntity.ok(new MaintenanceResponse(Outcome.NO_RESPONSE, none.detail()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new MaintenanceResponse(Outcome.ACCEPTED, null));
    }
}
