package io.evpair.engine.actions;

import io.evpair.engine.clients.ClientFeatures;
import io.evpair.engine.ids.DeviceType;

/**
 * Decides which device carries out a command: the routing table of docs/orchestration.md, one branch per
 * row. A command never goes to a charger that is not activated with the vehicle.
 */
public final class CommandRouter {
    private CommandRouter() {
    }

    public static Route route(RoutingFacts f) {
        if (f.targetType() == DeviceType.CHARGER) {
            return f.targetCan()
                    ? new Route.SendTo("R1", f.targetId(), DeviceType.CHARGER)
                    : new Route.Refuse("R2", "the charger cannot " + verb(f.kind()));
        }
        if (f.kind() == ActionKind.SET_MAX_CURRENT) {
            return new Route.Refuse("R9", "max current is a charger command; use setChargeRateLimit on the vehicle");
        }
        boolean orchestrate = f.features().commandOrchestration() && f.features().capabilityUnlocking();
        if (orchestrate && f.activatedChargerId() != null && f.activatedChargerCan()) {
            return new Route.SendTo("R3", f.activatedChargerId(), DeviceType.CHARGER);
        }
        if (f.targetCan()) {
            return new Route.SendTo(orchestrate ? (f.activatedChargerId() == null ? "R4" : "R6") : "R7",
                    f.targetId(), DeviceType.VEHICLE);
        }
        if (orchestrate && f.someChargerCan()) {
            return new Route.AwaitActivation("R5");
        }
        return new Route.Refuse("R8", "the vehicle cannot " + verb(f.kind())
                + (orchestrate ? " and none of its user's chargers can" : " and command orchestration is off for this client"));
    }

    /**
     * Whether a vehicle shows a command as capable: its own, or unlocked by an established pair when the client
     * lets evpair orchestrate (a capability shown must be one a command can use).
     */
    public static boolean vehicleCapable(boolean ownCapability, boolean someChargerCan, ClientFeatures features) {
        return ownCapability || (features.capabilityUnlocking() && features.commandOrchestration() && someChargerCan);
    }

    static String verb(ActionKind kind) {
        return switch (kind) {
            case START -> "start charging";
            case STOP -> "stop charging";
            case SET_MAX_CURRENT -> "limit its current";
            case SET_CHARGE_RATE_LIMIT -> "limit its charge rate";
        };
    }
}
