package io.evpair.engine.time;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage port for the simulator's virtual clocks, one per API client, so that every instance and every
 * restart agree on a client's simulated "now".
 */
public interface ClientClocks {
    Optional<Instant> virtualNow(UUID clientId);

    /** Moves the client's clock to {@code to} unless it is already later; returns the clock after the move. */
    Instant advance(UUID clientId, Instant to);
}
