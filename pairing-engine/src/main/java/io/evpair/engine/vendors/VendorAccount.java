package io.evpair.engine.vendors;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.Vendor;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's account at a vendor cloud, linked through OAuth2: one per user and vendor. {@code needsRelink} once
 * the vendor refused to refresh its tokens (revoked, expired for good): only the user can fix that, by linking again.
 */
public record VendorAccount(UUID id, ClientId clientId, UserRef userRef, Vendor vendor, VendorTokens tokens,
                            boolean needsRelink, Instant updatedAt) {
    public VendorAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(userRef, "userRef");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
