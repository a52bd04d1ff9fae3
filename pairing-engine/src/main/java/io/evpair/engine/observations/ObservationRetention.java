package io.evpair.engine.observations;

import io.evpair.engine.clients.ApiClient;
import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import io.evpair.engine.time.EngineTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

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
        long deleted = 0;
        PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<ApiClient> batch = clients.list(page);
            for (ApiClient client : batch.items()) {
                Instant cutoff = time.now(client.id()).minus(retention);
                int removed;
                do {
                    removed = observations.deleteReceivedBefore(client.id(), cutoff, BATCH);
                    deleted += removed;
                } while (removed == BATCH);
            }
            if (batch.after().isEmpty()) {
                return deleted;
            }
            page = new PageRequest(PageRequest.MAX_SIZE, batch.after(), Optional.empty());
        }
    }
}
