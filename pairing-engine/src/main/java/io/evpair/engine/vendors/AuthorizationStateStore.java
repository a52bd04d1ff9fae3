package io.evpair.engine.vendors;

import java.time.Instant;
import java.util.Optional;

/** Storage port for OAuth2 {@code state}s handed out to vendors. */
public interface AuthorizationStateStore {
    void insert(AuthorizationState state);

    /** Uses the state up and returns it; empty when unknown or used before (exactly one caller ever gets it). */
    Optional<AuthorizationState> consume(String stateHash, Instant at);
}
