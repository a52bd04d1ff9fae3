package io.evpair.engine.devices;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A vehicle linked to one user through its vendor. */
public record Vehicle(UUID id, UUID clientId, UUID userRef, String userId, String vendor, String vendorDeviceId,
                      VehicleInformation information, CommandCapabilities capabilities, Instant createdAt) {
    public Vehicle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(userRef, "userRef");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(vendorDeviceId, "vendorDeviceId");
        Objects.requireNonNull(information, "information");
        Objects.requireNonNull(capabilities, "capabilities");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
