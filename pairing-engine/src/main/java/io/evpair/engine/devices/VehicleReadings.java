package io.evpair.engine.devices;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.VehicleId;
import java.util.Optional;

/**
 * Loads a {@link VehicleReading} in one go. Single-vehicle reads are the hottest API call; assembling them from
 * the half-dozen stores would cost as many database round trips.
 */
public interface VehicleReadings {
    /** Empty when the client has no such vehicle. */
    Optional<VehicleReading> find(ClientId clientId, VehicleId vehicleId);
}
