package io.evpair.engine.inference;

import java.util.Objects;
import java.util.UUID;

/**
 * What pairing needs to know about a linked vehicle.
 *
 * @param batteryCapacityKwh the published capacity, or null when unknown; used only for energy agreement,
 *                           with room for batteries that hold less than published
 */
public record VehicleProfile(UUID id, Double batteryCapacityKwh) {
    public VehicleProfile {
        Objects.requireNonNull(id, "id");
        if (batteryCapacityKwh != null && !(batteryCapacityKwh > 0)) {
            throw new IllegalArgumentException("batteryCapacityKwh must be positive");
        }
    }
}
