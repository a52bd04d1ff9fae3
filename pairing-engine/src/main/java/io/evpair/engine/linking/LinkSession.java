package io.evpair.engine.linking;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.Vendor;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A started link: which user a device will be linked to, and the hash of the single-use token that
 * completes it. The token itself is never stored, so a database leak cannot claim devices.
 */
public record LinkSession(UUID id, ClientId clientId, UserRef userRef, String userId, Vendor vendor,
                          DeviceType vendorType, List<String> scopes, String language, String redirectUri,
                          String tokenHash, Instant createdAt, Instant expiresAt, Instant usedAt) {
    public LinkSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(userRef, "userRef");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(vendor, "vendor");
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Usable to complete the link: not used yet and not expired at {@code now}. */
    public boolean isOpenAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
