package io.evpair.engine.ingest;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.ingest.UserScope;
import java.time.Instant;
import java.util.List;

/**
 * What consumes the stored observation stream, one user at a time and in order (the pairing engine).
 * Calls for one user never overlap; calls for different users may.
 */
public interface ObservationProcessor {
    void onObservations(ClientId clientId, UserRef userRef, List<Observation> inReceivedOrder);

    /** Time has passed for the client's users in {@code users}: act on timeouts as of {@code now}. */
    void onTime(ClientId clientId, Instant now, UserScope users);
}
