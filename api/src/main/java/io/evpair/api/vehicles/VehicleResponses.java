package io.evpair.api.vehicles;

import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.devices.Vehicle;
import java.util.ArrayList;
import java.util.List;

/** Renders domain vehicles in the Enode shape. */
public final class VehicleResponses {
    private VehicleResponses() {
    }

    public static VehicleResponse of(Vehicle v) {
        CommandCapabilities can = v.capabilities();
        var info = v.information();
        return new VehicleResponse(
                v.id(), v.userId(), v.vendor(), null, false,
                new VehicleResponse.Information(info.vin(), info.brand(), info.model(), info.year(), info.displayName()),
                new VehicleResponse.ChargeState(null, null, null, null, null, info.batteryCapacityKwh(), null, null,
                        null, null, null, "UNKNOWN", null),
                new VehicleResponse.Location(null, null, null, null),
                new VehicleResponse.Odometer(null, null),
                new VehicleResponse.Capabilities(Capability.CAPABLE, Capability.CAPABLE, Capability.CAPABLE,
                        Capability.INCAPABLE, Capability.of(can.setMaxCurrent()), Capability.of(can.startCharging()),
                        Capability.of(can.stopCharging()), Capability.of(can.setChargeRateLimit()), Capability.INCAPABLE),
                scopes(can));
    }

    private static List<String> scopes(CommandCapabilities can) {
        List<String> scopes = new ArrayList<>(List.of("vehicle:read:data", "vehicle:read:location"));
        if (can.startCharging() || can.stopCharging() || can.setChargeRateLimit() || can.setMaxCurrent()) {
            scopes.add("vehicle:control:charging");
        }
        return scopes;
    }
}
