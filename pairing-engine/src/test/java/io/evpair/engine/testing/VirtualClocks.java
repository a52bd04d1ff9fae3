package io.evpair.engine.testing;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.time.ClientClocks;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The clients' simulated clocks, in memory: they move forward only, as the stored ones do. */
public final class VirtualClocks implements ClientClocks {
    private final Map<ClientId, Instant> clocks = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> virtualNow(ClientId clientId) {
        return Optional.ofNullable(clocks.get(clientId));
    }

    @Override
    public Instant advance(ClientId clientId, Instant to) {
        return clocks.merge(clientId, to, (now, wanted) -> wanted.isAfter(now) ? wanted : now);
    }
}
