package io.evpair.engine.ids;

import java.util.Objects;
import java.util.UUID;

/** A linked vehicle's id. */
public record VehicleId(UUID value) implements DeviceId {
    public VehicleId {
        Objects.requireNonNull(value, "vehicleId");
    }

    @Override
    public DeviceType type() {
        return DeviceType.VEHICLE;
    }

    /** The bare UUID, so logs, error messages and webhook bodies read as before. */
    @Override
    public String toString() {
        return value.toString();
    }
}
