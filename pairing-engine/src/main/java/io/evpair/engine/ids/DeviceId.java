package io.evpair.engine.ids;

import java.util.UUID;

/** A vehicle's or a charger's id, where a place takes either kind. */
public sealed interface DeviceId permits VehicleId, ChargerId {
    UUID value();

    DeviceType type();

    static DeviceId of(UUID value, DeviceType type) {
        return type == DeviceType.VEHICLE ? new VehicleId(value) : new ChargerId(value);
    }
}
