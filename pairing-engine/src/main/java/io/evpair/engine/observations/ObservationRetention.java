package io.evpair.engine.observations;

import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.time.EngineTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes raw observations older than the retention period, in small batches so that a large backlog never
 * holds long locks. Age is measured on each client's engine clock, so a simulation running in the past is
 * not mistaken for old data. Device state, pairs and their evidence are kept; only raw readings go.
 */
public class ObservationRetention {
    private static final int BATCH = 10_000;

    private final ApiClientStore clients;
    private final ObservationStore observations;
    private final EngineTime time;
    private final Duration retention;

    public ObservationRetention(ApiClientStore clients, ObservationStore observations, EngineTime time, Duration retention) {
        this.clients = clients;
        this.observations = observations;
        this.time = time;
        this.retention = retention;
    }

    /** Returns how many observations were deleted. */
    public long purge() {
        long[] deleted = {0};
        clients.forEach(client -> {
            Instant cutoff = time.now(client.id()).minus(retention);
            int removed;
            do {
                removed = observations.deleteReceivedBefore(client.id(), cutoff, BATCH);
                deleted[0] += removed;
            } while (removed == BATCH);
        });
        return deleted[0];
    }
}
