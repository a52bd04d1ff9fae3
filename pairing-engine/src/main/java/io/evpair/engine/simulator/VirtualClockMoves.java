package io.evpair.engine.simulator;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.time.EngineTime;
import io.evpair.engine.time.TimeSink;
import java.time.Instant;
import java.util.Optional;

/**
 * Clients' virtual clocks as this instance knows them, and their moves grouped ({@link ForwardMoves}): concurrent
 * reports of one client each want the clock moved (every sender's latest report is later than the last), and each
 * move is a commit on the client's one clock row and the engine acting on the time passed for all the client's
 * users. Grouped, a wave of concurrent reports costs one of each instead of one per report. A clock only moves
 * forward, so what this instance last read or wrote of it is a lower bound whatever other instances do.
 */
final class VirtualClockMoves {
    private final EngineTime time;
    private final ForwardMoves<ClientId> clocks;
    private final ForwardMoves<ClientId> timePassed;

    VirtualClockMoves(EngineTime time, TimeSink timeSink) {
        this.time = time;
        this.clocks = new ForwardMoves<>(time::advance);
        this.timePassed = new ForwardMoves<>((clientId, to) -> {
            timeSink.timePassed(clientId, to);
            return to;
        });
    }

    /** A lower bound of the client's clock, empty when this instance has neither read nor written it. */
    Optional<Instant> atLeast(ClientId clientId) {
        return clocks.atLeast(clientId);
    }

    /** The client's clock as stored now (empty while it runs on the wall clock). */
    Optional<Instant> read(ClientId clientId) {
        Optional<Instant> now = time.virtualNow(clientId);
        now.ifPresent(at -> clocks.reached(clientId, at));
        return now;
    }

    /** The client's clock as a write outside this class left it. */
    void written(ClientId clientId, Instant now) {
        clocks.reached(clientId, now);
    }

    /** Moves the client's clock to at least {@code to}; the clock after. */
    Instant advance(ClientId clientId, Instant to) {
        return clocks.advance(clientId, to);
    }

    /** Returns once the engine has acted on time up to at least {@code to} for all the client's users. */
    void timePassed(ClientId clientId, Instant to) {
        timePassed.advance(clientId, to);
    }
}
