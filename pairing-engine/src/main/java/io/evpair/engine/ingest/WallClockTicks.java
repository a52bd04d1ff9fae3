package io.evpair.engine.ingest;

import io.evpair.engine.time.ClientClocks;
import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.ingest.ObservationProcessor;
import io.evpair.engine.ingest.UserScope;
import java.time.Clock;
import java.util.List;

/**
 * Lets the engine act on time passing for clients that live on the wall clock (real devices): decisions
 * that wait for time (a charger that has not reported yet, a timeout) must not wait for the next
 * observation. Clients running a simulation are driven by their virtual clock instead.
 */
public class WallClockTicks {
    private final ApiClientStore clients;
    private final ClientClocks clocks;
    private final List<ObservationProcessor> processors;
    private final Clock wallClock;
    private final UserScope owned;

    /** {@code owned}: the users this instance acts for ({@link UserScope#ALL} unless it is one of a cluster). */
    public WallClockTicks(ApiClientStore clients, ClientClocks clocks, List<ObservationProcessor> processors, Clock wallClock,
                          UserScope owned) {
        this.owned = owned;
        this.clients = clients;
        this.clocks = clocks;
        this.processors = List.copyOf(processors);
        this.wallClock = wallClock;
    }

    public void tick() {
        clients.forEach(client -> {
            if (clocks.virtualNow(client.id()).isEmpty()) {
                processors.forEach(p -> p.onTime(client.id(), wallClock.instant(), owned));
            }
        });
    }
}
