package io.evpair.engine.time;

import io.evpair.engine.ids.ClientId;
import java.time.Instant;
import java.util.Optional;

/**
 * Storage port for the simulator's virtual clocks, one per API client, so that every instance and every
 * restart agree on a client's simulated "now".
 */
public interface ClientClocks {
    Optional<Instant> virtualNow(ClientId clientId);

    /** Moves the client's clock to {@code to} unless it is already later; returns the clock after the move. */
    Instant advance(ClientId clientId, Instant to);
}
