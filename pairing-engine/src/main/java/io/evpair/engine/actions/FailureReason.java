package io.evpair.engine.actions;

import io.evpair.engine.ids.DeviceType;
import java.util.Objects;
import java.util.UUID;

/** Why an action failed or was cancelled, in plain words, with the device involved. */
public record FailureReason(FailureType type, String detail, UUID deviceId, DeviceType deviceType) {
    public FailureReason {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
    }
}
