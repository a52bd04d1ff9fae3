package io.evpair.engine.ids;

import java.util.Objects;
import java.util.UUID;

/** A device named by its id and kind, as actions and failure reasons name the device involved. */
public record DeviceRef(UUID id, DeviceType type) {
    public DeviceRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }
}
