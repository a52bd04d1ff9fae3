package io.evpair.engine.vendors;

import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.observations.Observation;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A device's state a vendor pushed, under the vendor's id for it; readings are nullable as in an observation. */
public record PushedState(String vendorDeviceId, DeviceType type, Instant observedAt, Boolean pluggedIn,
                          Boolean charging, Double chargeRateKw, Double batteryLevel, GeoPoint position) {
    public PushedState {
        Objects.requireNonNull(vendorDeviceId, "vendorDeviceId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(observedAt, "observedAt");
    }

    public Observation observation(UUID deviceId, Instant receivedAt) {
        return new Observation(deviceId, type, observedAt, receivedAt, pluggedIn, charging, chargeRateKw, batteryLevel,
                position, null);
    }
}
