package io.evpair.engine.devices;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.ids.Vendor;
import java.time.Instant;
import java.util.Objects;

/** A vehicle linked to one user through its vendor. */
public record Vehicle(VehicleId id, ClientId clientId, UserRef userRef, String userId, Vendor vendor, String vendorDeviceId,
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
