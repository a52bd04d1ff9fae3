package io.evpair.app.metrics;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.ingest.ObservationProcessor;
import io.evpair.engine.ingest.UserScope;
import io.evpair.engine.time.ClientClocks;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ingest lag: how long after evpair received an observation ({@code receivedAt}) the pipeline has stored and
 * projected it and hands it on, by the wall clock. Only for clients on the wall clock: a simulation's
 * {@code receivedAt} is on its virtual clock, where the difference means nothing. Whether a client is on a
 * virtual clock is a database read, so it is remembered (a virtual clock, once set, stays; a wall-clock
 * answer is re-read after a while).
 */
final class IngestLag implements ObservationProcessor {
    private static final Duration RECHECK_WALL_CLOCK_AFTER = Duration.ofSeconds(30);

    private final ClientClocks clocks;
    private final Clock wallClock;
    private final Timer lag;
    private final Map<ClientId, Instant> onWallClockUntil = new ConcurrentHashMap<>();
    private final Map<ClientId, Boolean> onVirtualClock = new ConcurrentHashMap<>();

    IngestLag(ClientClocks clocks, Clock wallClock, MeterRegistry registry) {
        this.clocks = clocks;
        this.wallClock = wallClock;
        this.lag = Timer.builder("evpair.ingest.lag")
                .description("receivedAt to stored and projected, for clients on the wall clock")
                .publishPercentileHistogram()
                .register(registry);
    }

    @Override
    public void onObservations(ClientId clientId, UserRef userRef, List<Observation> inReceivedOrder) {
        Instant now = wallClock.instant();
        if (!onWallClock(clientId, now)) {
            return;
        }
        for (Observation o : inReceivedOrder) {
            Duration behind = Duration.between(o.receivedAt(), now);
            // A real device's receivedAt is set by us on arrival, but a client may send its own: never negative.
            lag.record(behind.isNegative() ? Duration.ZERO : behind);
        }
    }

    @Override
    public void onTime(ClientId clientId, Instant now, UserScope users) {
        // Lag is about observations only.
    }

    private boolean onWallClock(ClientId clientId, Instant now) {
        if (onVirtualClock.containsKey(clientId)) {
            return false;
        }
        Instant until = onWallClockUntil.get(clientId);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        if (clocks.virtualNow(clientId).isPresent()) {
            onVirtualClock.put(clientId, true);
            onWallClockUntil.remove(clientId);
            return false;
        }
        onWallClockUntil.put(clientId, now.plus(RECHECK_WALL_CLOCK_AFTER));
        return true;
    }
}
