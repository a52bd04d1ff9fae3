package io.evpair.app.metrics;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.observations.ObservationStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts what the ingest pipeline stores: every observation offered to the store is either new or a duplicate
 * delivery, and the store is the one place that knows which. Counted when the append returns, inside the
 * batch's transaction; a batch whose projection then fails is rolled back but stays counted (rare: it takes a
 * database failure between two statements).
 */
final class MeteredObservationStore implements ObservationStore {
    private final ObservationStore delegate;
    private final Counter stored;
    private final Counter duplicates;
    private final Timer append;

    MeteredObservationStore(ObservationStore delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.stored = Counter.builder("evpair.observations.ingested").tag("outcome", "stored")
                .description("Observations accepted and stored for the first time").register(registry);
        this.duplicates = Counter.builder("evpair.observations.ingested").tag("outcome", "duplicate")
                .description("Observations accepted that were already stored (a redelivery): dropped").register(registry);
        this.append = Timer.builder("evpair.observations.append")
                .description("Time to store one batch of observations (one statement)").register(registry);
    }

    @Override
    public List<Observation> appendNew(List<Observation> observations, Map<UUID, DeviceOwner> owners) {
        List<Observation> fresh = append.record(() -> delegate.appendNew(observations, owners));
        stored.increment(fresh.size());
        duplicates.increment(observations.size() - fresh.size());
        return fresh;
    }

    @Override
    public List<Observation> ofUser(UserRef userRef, Instant from, Instant to) {
        return delegate.ofUser(userRef, from, to);
    }

    @Override
    public List<Observation> ofDevice(UUID deviceId, Instant from, Instant to) {
        return delegate.ofDevice(deviceId, from, to);
    }

    @Override
    public int deleteReceivedBefore(ClientId clientId, Instant cutoff, int limit) {
        return delegate.deleteReceivedBefore(clientId, cutoff, limit);
    }
}
