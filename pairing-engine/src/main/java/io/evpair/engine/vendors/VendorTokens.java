package io.evpair.engine.vendors;

import java.time.Instant;
import java.util.Objects;

/**
 * The OAuth2 tokens of one linked vendor account. Secrets: stored encrypted, never logged ({@link #toString}
 * hides them). {@code refreshToken} may be null when the vendor issues none.
 */
public record VendorTokens(String accessToken, String refreshToken, Instant expiresAt) {
    public VendorTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Expired at {@code now}, or about to be within {@code margin}. */
    public boolean expiresWithin(Instant now, java.time.Duration margin) {
        return !now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "VendorTokens[expiresAt=" + expiresAt + ", secrets hidden]";
    }
}
