package io.evpair.api.actions;

import io.evpair.api.paging.PageCursors;
import io.evpair.api.paging.Paginated;
import io.evpair.api.problems.ApiProblemException;
import io.evpair.api.problems.ProblemType;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.engine.actions.ActionKind;
import io.evpair.engine.actions.ActionRequest;
import io.evpair.engine.actions.ChargeActionRequests;
import io.evpair.engine.ids.ActionId;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.users.UserDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Charging commands for vehicles and chargers (SPEC §3 commands, §5 orchestration). */
@RestController
@Tag(name = "Actions")
class ActionController {
    private final ChargeActionRequests actions;
    private final UserDirectory users;

    ActionController(ChargeActionRequests actions, UserDirectory users) {
        this.users = users;
        this.actions = actions;
    }

    @PostMapping("/vehicles/{vehicleId}/charging")
    @Operation(operationId = "controlVehicleCharging",
            summary = "Start or stop charging a vehicle; routed to its activated charger when the vehicle cannot do it itself")
    ActionResponse vehicleCharging(AuthenticatedClient client, @PathVariable UUID vehicleId,
                                   @Valid @RequestBody ActionRequests.Charging request) {
        return request(client, new VehicleId(vehicleId), ActionKind.valueOf(request.action().name()), null);
    }

    @PostMapping("/vehicles/{vehicleId}/charge-rate-limit")
    @Operation(operationId = "setVehicleChargeRateLimit", summary = "Limit a vehicle's charge rate (kW), through its activated charger")
    ActionResponse vehicleChargeRateLimit(AuthenticatedClient client, @PathVariable UUID vehicleId,
                                          @Valid @RequestBody ActionRequests.ChargeRateLimit request) {
        return request(client, new VehicleId(vehicleId), ActionKind.SET_CHARGE_RATE_LIMIT, request.chargeRateLimit());
    }

    @PostMapping("/chargers/{chargerId}/charging")
    @Operation(operationId = "controlChargerCharging", summary = "Start or stop charging on a charger; executes on the charger alone")
    ActionResponse chargerCharging(AuthenticatedClient client, @PathVariable UUID chargerId,
                                   @Valid @RequestBody ActionRequests.Charging request) {
        return request(client, new ChargerId(chargerId), ActionKind.valueOf(request.action().name()), null);
    }

    @PostMapping("/chargers/{chargerId}/max-current")
    @Operation(operationId = "setChargerMaxCurrent", summary = "Limit a charger's current (A)")
    ActionResponse chargerMaxCurrent(AuthenticatedClient client, @PathVariable UUID chargerId,
                                     @Valid @RequestBody ActionRequests.MaxCurrent request) {
        return request(client, new ChargerId(chargerId), ActionKind.SET_MAX_CURRENT, request.maxCurrent());
    }

    @PostMapping("/chargers/{chargerId}/charge-rate-limit")
    @Operation(operationId = "setChargerChargeRateLimit", summary = "Limit a charger's charge rate (kW)")
    ActionResponse chargerChargeRateLimit(AuthenticatedClient client, @PathVariable UUID chargerId,
                                          @Valid @RequestBody ActionRequests.ChargeRateLimit request) {
        return request(client, new ChargerId(chargerId), ActionKind.SET_CHARGE_RATE_LIMIT, request.chargeRateLimit());
    }

    @GetMapping("/vehicles/actions/{actionId}")
    @Operation(operationId = "getVehicleAction", summary = "Get a vehicle action")
    ActionResponse vehicleAction(AuthenticatedClient client, @PathVariable UUID actionId) {
        return get(client, DeviceType.VEHICLE, new ActionId(actionId));
    }

    @GetMapping("/chargers/actions/{actionId}")
    @Operation(operationId = "getChargerAction", summary = "Get a charger action")
    ActionResponse chargerAction(AuthenticatedClient client, @PathVariable UUID actionId) {
        return get(client, DeviceType.CHARGER, new ActionId(actionId));
    }

    @GetMapping("/users/{userId}/actions")
    @Operation(operationId = "listUserActions",
            summary = "One user's actions on vehicles and chargers, newest first, with the failure reason of each failed one")
    Paginated<ActionResponse> ofUser(AuthenticatedClient client, @PathVariable String userId,
                                     @RequestParam(required = false) Integer pageSize,
                                     @RequestParam(required = false) String after,
                                     @RequestParam(required = false) String before) {
        if (users.find(client.id(), userId).isEmpty()) {
            throw ApiProblemException.notFound("User", userId);
        }
        return Paginated.of(actions.ofUser(client.id(), userId, PageCursors.request(pageSize, after, before)),
                ActionResponse::of);
    }

    @PostMapping("/vehicles/actions/{actionId}/cancel")
    @Operation(operationId = "cancelVehicleAction", summary = "Cancel a PENDING vehicle action; 409 when already resolved")
    ActionResponse cancelVehicleAction(AuthenticatedClient client, @PathVariable UUID actionId) {
        return cancel(client, DeviceType.VEHICLE, new ActionId(actionId));
    }

    @PostMapping("/chargers/actions/{actionId}/cancel")
    @Operation(operationId = "cancelChargerAction", summary = "Cancel a PENDING charger action; 409 when already resolved")
    ActionResponse cancelChargerAction(AuthenticatedClient client, @PathVariable UUID actionId) {
        return cancel(client, DeviceType.CHARGER, new ActionId(actionId));
    }

    private ActionResponse request(AuthenticatedClient client, DeviceId target, ActionKind kind, Double value) {
        ActionRequest outcome = actions.request(client.id(), target, kind, value);
        if (outcome instanceof ActionRequest.Created created) {
            return ActionResponse.of(created.action());
        }
        if (outcome instanceof ActionRequest.Existing existing) {
            return ActionResponse.of(existing.action());
        }
        if (outcome instanceof ActionRequest.Refused refused) {
            throw new ApiProblemException(ProblemType.VALIDATION, "This command cannot work now: " + refused.reason());
        }
        throw ApiProblemException.notFound(target.type() == DeviceType.VEHICLE ? "Vehicle" : "Charger", target.value());
    }

    private ActionResponse get(AuthenticatedClient client, DeviceType type, ActionId actionId) {
        return actions.find(client.id(), type, actionId).map(ActionResponse::of)
                .orElseThrow(() -> ApiProblemException.notFound("Action", actionId.value()));
    }

    private ActionResponse cancel(AuthenticatedClient client, DeviceType type, ActionId actionId) {
        var before = actions.find(client.id(), type, actionId)
                .orElseThrow(() -> ApiProblemException.notFound("Action", actionId.value()));
        if (before.state().isResolved()) {
            throw new ApiProblemException(ProblemType.CONFLICT, "The action is already " + before.state());
        }
        return actions.cancel(client.id(), type, actionId).map(ActionResponse::of)
                .orElseThrow(() -> ApiProblemException.notFound("Action", actionId.value()));
    }
}
