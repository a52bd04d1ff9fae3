package io.evpair.engine.devices;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.GeoPoint;
import java.time.Instant;
import java.util.Objects;

/**
 * A charger linked to one user through its vendor. {@code address} is what the user set in the vendor's app:
 * often absent, sometimes wrong, so it is a hint and never proof.
 */
public record Charger(ChargerId id, ClientId clientId, UserRef userRef, String userId, Vendor vendor, String vendorDeviceId,
                      ChargerInformation information, CommandCapabilities capabilities, GeoPoint address,
                      Instant createdAt) {
    public Charger {
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
