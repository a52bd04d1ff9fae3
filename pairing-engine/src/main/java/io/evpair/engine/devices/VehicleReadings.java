package io.evpair.engine.devices;

import java.util.Optional;
import java.util.UUID;

/**
 * Loads a {@link VehicleReading} in one go. Single-vehicle reads are the hottest API call; assembling them from
 * the half-dozen stores would cost as many database round trips.
 */
public interface VehicleReadings {
    /** Empty when the client has no such vehicle. */
    Optional<VehicleReading> find(UUID clientId, UUID vehicleId);
}
