package io.evpair.engine.vendors;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One trip of a user to a vendor's authorization page: the hash of the {@code state} sent along (so a leaked
 * database cannot forge a callback) and the PKCE verifier that only our token request reveals.
 */
public record AuthorizationState(String stateHash, UUID linkSessionId, String codeVerifier, String redirectUri,
                                 Instant createdAt) {
    public AuthorizationState {
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(linkSessionId, "linkSessionId");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
