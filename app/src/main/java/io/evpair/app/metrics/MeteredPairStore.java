package io.evpair.app.metrics;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import io.evpair.engine.inference.UnpairReason;
import io.evpair.engine.pairs.ChargingPair;
import io.evpair.engine.pairs.PairStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Counts pair activations and deactivations as they are stored, which is where every decision of the pairing
 * engine ends up (live ones and those of a household rebuilt by replay). Deactivations are tagged by reason;
 * reasons are a small fixed set, so the tag stays cheap.
 */
final class MeteredPairStore implements PairStore {
    private final PairStore delegate;
    private final MeterRegistry registry;
    private final Counter activated;

    MeteredPairStore(PairStore delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
        this.activated = Counter.builder("evpair.pairs.activated")
                .description("Charging pairs activated").register(registry);
    }

    @Override
    public void activated(ChargingPair pair) {
        delegate.activated(pair);
        activated.increment();
    }

    @Override
    public boolean deactivated(VehicleId vehicleId, ChargerId chargerId, Instant unpairedAt, UnpairReason reason,
                               String reportedBy) {
        boolean closed = delegate.deactivated(vehicleId, chargerId, unpairedAt, reason, reportedBy);
        if (closed) {
            Counter.builder("evpair.pairs.deactivated").tag("reason", reason.name())
                    .description("Charging pairs ended, by reason").register(registry).increment();
        }
        return closed;
    }

    @Override
    public Page<ChargingPair> active(ClientId clientId, PageRequest page) {
        return delegate.active(clientId, page);
    }

    @Override
    public List<ChargingPair> activeOfUser(UserRef userRef) {
        return delegate.activeOfUser(userRef);
    }

    @Override
    public Page<ChargingPair> history(UserRef userRef, PageRequest page) {
        return delegate.history(userRef, page);
    }

    @Override
    public Optional<ChargingPair> activeOfDevice(DeviceId deviceId) {
        return delegate.activeOfDevice(deviceId);
    }

    @Override
    public List<ChargingPair> activationsOfUser(UserRef userRef, Instant from, Instant to) {
        return delegate.activationsOfUser(userRef, from, to);
    }

    @Override
    public Map<UUID, ChargingPair> activeOfDevices(Collection<UUID> deviceIds) {
        return delegate.activeOfDevices(deviceIds);
    }
}
