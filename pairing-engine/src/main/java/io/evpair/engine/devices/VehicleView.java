package io.evpair.engine.devices;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.observations.GeoPoint;

/**
 * A vehicle as a client reads it: what it is, its live state as of the engine's now, the charger it is
 * plugged into when that pair is activated (else null), the commands it can be asked for (its own, plus those
 * an established pair unlocks), and its charge rate (the activated charger's reading unless the client asked
 * for the vehicle's own, or an estimate from its battery level when it reports none), and its location (its GPS,
 * else the address of the charger it is activated with). {@code interventionIds}: what the user must do before it
 * works again (relink its vendor account).
 */
public record VehicleView(Vehicle vehicle, DeviceState state, boolean reachable, ChargerId pluggedInChargerId,
                          CommandCapabilities capabilities, Double chargeRateKw, GeoPoint location,
                          java.time.Instant locationUpdatedAt, java.util.List<String> interventionIds) {
    public VehicleView {
        interventionIds = java.util.List.copyOf(interventionIds);
    }
}
