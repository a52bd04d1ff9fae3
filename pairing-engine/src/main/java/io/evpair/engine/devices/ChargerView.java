package io.evpair.engine.devices;

import io.evpair.engine.ids.VehicleId;

/**
 * A charger as a client reads it: what it is, its live state as of the engine's now, the vehicle plugged
 * into it when that pair is activated (else null), and the limits it took.
 */
public record ChargerView(Charger charger, DeviceState state, boolean reachable, VehicleId pluggedInVehicleId,
                          java.util.List<String> interventionIds, AcceptedLimits.ChargerLimits limits) {
    public ChargerView {
        interventionIds = java.util.List.copyOf(interventionIds);
        limits = limits == null ? AcceptedLimits.ChargerLimits.NONE : limits;
    }
}
