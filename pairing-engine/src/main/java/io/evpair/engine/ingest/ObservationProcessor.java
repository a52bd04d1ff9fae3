package io.evpair.engine.ingest;

import io.evpair.engine.observations.Observation;
import io.evpair.engine.ingest.UserScope;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What consumes the stored observation stream, one user at a time and in order (the pairing engine).
 * Calls for one user never overlap; calls for different users may.
 */
public interface ObservationProcessor {
    void onObservations(UUID clientId, UUID userRef, List<Observation> inReceivedOrder);

    /** Time has passed for the client's users in {@code users}: act on timeouts as of {@code now}. */
    void onTime(UUID clientId, Instant now, UserScope users);
}
