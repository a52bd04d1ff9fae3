package io.evpair.engine.ids;

import io.evpair.engine.ids.DeviceType;
import java.util.UUID;

/** Whose a device is: what the pipeline needs to store an observation and keep per-user order. */
public record DeviceOwner(UUID deviceId, DeviceType type, ClientId clientId, UserRef userRef, String userId) {
}
