package io.evpair.engine.time;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * "Now" as the engine sees it for one client: the simulator's virtual clock once a simulation has set it,
 * else the wall clock. Timeouts, reachability and pairing decisions all read time from here, never from
 * {@code Instant.now()}, which keeps replays deterministic.
 */
public class EngineTime {
    private final ClientClocks clocks;
    private final Clock wallClock;

    public EngineTime(ClientClocks clocks, Clock wallClock) {
        this.clocks = clocks;
        this.wallClock = wallClock;
    }

    public Instant now(UUID clientId) {
        return now(clocks.virtualNow(clientId));
    }

    /** Now, given a client's virtual clock already read (empty while the client runs on the wall clock). */
    public Instant now(Optional<Instant> virtualNow) {
        return virtualNow.orElseGet(wallClock::instant);
    }

    /** Moves a client's virtual clock forward, never back; returns the clock after the move. */
    public Instant advance(UUID clientId, Instant to) {
        return clocks.advance(clientId, to);
    }
}
