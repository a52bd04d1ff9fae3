package io.evpair.engine.simulator;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.time.EngineTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Clients' virtual clocks as this instance knows them, and their moves grouped. A clock only moves forward, so what
 * this instance last read or wrote is a lower bound whatever other instances do. Concurrent reports of one client
 * each want the clock moved (every sender's latest report is later than the last): while one write of the clock is
 * under way the others wait, and the next write takes them all to the latest instant asked for. Each caller returns
 * once the clock stands at least where it asked, as before; the client's one clock row sees a commit per wave of
 * reports instead of one per report.
 */
final class VirtualClockMoves {
    private static final class Clock {
        Instant atLeast;
        Instant wanted;
        boolean writing;
    }

    private final EngineTime time;
    private final Map<ClientId, Clock> clocks = new ConcurrentHashMap<>();

    VirtualClockMoves(EngineTime time) {
        this.time = time;
    }

    /** A lower bound of the client's clock, empty when this instance has neither read nor written it. */
    Optional<Instant> atLeast(ClientId clientId) {
        Clock clock = clocks.get(clientId);
        if (clock == null) {
            return Optional.empty();
        }
        synchronized (clock) {
            return Optional.ofNullable(clock.atLeast);
        }
    }

    /** The client's clock as stored now (empty while it runs on the wall clock). */
    Optional<Instant> read(ClientId clientId) {
        Optional<Instant> now = time.virtualNow(clientId);
        now.ifPresent(at -> stored(clock(clientId), at));
        return now;
    }

    /** The client's clock as a write outside this class left it. */
    void written(ClientId clientId, Instant now) {
        stored(clock(clientId), now);
    }

    /** Moves the client's clock to at least {@code to}, sharing the write with concurrent callers; the clock after. */
    Instant advance(ClientId clientId, Instant to) {
        Clock clock = clock(clientId);
        Instant target;
        synchronized (clock) {
            while (true) {
                if (clock.atLeast != null && !to.isAfter(clock.atLeast)) {
                    return clock.atLeast;
                }
                if (!clock.writing) {
                    target = clock.wanted != null && clock.wanted.isAfter(to) ? clock.wanted : to;
                    clock.wanted = null;
                    clock.writing = true;
                    break;
                }
                clock.wanted = clock.wanted != null && clock.wanted.isAfter(to) ? clock.wanted : to;
                try {
                    clock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the client's clock was being moved", e);
                }
            }
        }
        Instant now = null;
        try {
            now = time.advance(clientId, target);
            return now;
        } finally {
            synchronized (clock) {
                clock.writing = false;
                if (now != null) {
                    stored(clock, now);
                }
                clock.notifyAll();
            }
        }
    }

    private Clock clock(ClientId clientId) {
        return clocks.computeIfAbsent(clientId, id -> new Clock());
    }

    private static void stored(Clock clock, Instant now) {
        synchronized (clock) {
            if (clock.atLeast == null || now.isAfter(clock.atLeast)) {
                clock.atLeast = now;
            }
        }
    }
}
