package io.evpair.engine.time;

import io.evpair.engine.ids.ClientId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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

    public Instant now(ClientId clientId) {
        return now(clocks.virtualNow(clientId));
    }

    /** Now, given a client's virtual clock already read (empty while the client runs on the wall clock). */
    public Instant now(Optional<Instant> virtualNow) {
        return virtualNow.orElseGet(wallClock::instant);
    }

    /**
     * The furthest a client's virtual clock may be moved now: {@code lead} beyond the later of the wall clock and the
     * client's clock, so a simulation may run ahead of real time, step by step, but no single instant throws it
     * years ahead. Saturates at {@link Instant#MAX}.
     */
    public Instant furthestMove(ClientId clientId, java.time.Duration lead) {
        return furthestMove(clocks.virtualNow(clientId), lead);
    }

    /** As {@link #furthestMove(ClientId, java.time.Duration)}, from a client clock already read. */
    public Instant furthestMove(Optional<Instant> virtualNow, java.time.Duration lead) {
        Instant wall = wallClock.instant();
        Instant from = virtualNow.filter(v -> v.isAfter(wall)).orElse(wall);
        // Not Duration.between(from, Instant.MAX): its nanoseconds overflow, and it throws and catches an exception on
        // every call (4 % of a single-observation request's CPU in a JFR profile).
        return from.isAfter(Instant.MAX.minus(lead)) ? Instant.MAX : from.plus(lead);
    }

    /** The client's simulator clock, empty for a client on the wall clock. */
    public Optional<Instant> virtualNow(ClientId clientId) {
        return clocks.virtualNow(clientId);
    }

    /** Moves a client's virtual clock forward, never back; returns the clock after the move. */
    public Instant advance(ClientId clientId, Instant to) {
        return clocks.advance(clientId, to);
    }
}
