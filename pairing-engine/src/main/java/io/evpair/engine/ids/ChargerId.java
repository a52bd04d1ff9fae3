package io.evpair.engine.ids;

import java.util.Objects;
import java.util.UUID;

/** A linked charger's id. */
public record ChargerId(UUID value) implements DeviceId {
    public ChargerId {
        Objects.requireNonNull(value, "chargerId");
    }

    @Override
    public DeviceType type() {
        return DeviceType.CHARGER;
    }

    /** The bare UUID, so logs, error messages and webhook bodies read as before. */
    @Override
    public String toString() {
        return value.toString();
    }
}
