package io.evpair.engine.testing;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.inference.UnpairReason;
import io.evpair.engine.pairs.ChargingPair;
import io.evpair.engine.pairs.PairStore;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Pair activations, past and present, in the order they were stored. */
public final class InMemoryPairs implements PairStore {
    private final List<ChargingPair> activations = new ArrayList<>();

    @Override
    public synchronized void activated(ChargingPair pair) {
        activations.add(pair);
    }

    @Override
    public synchronized boolean deactivated(VehicleId vehicleId, ChargerId chargerId, Instant unpairedAt, UnpairReason reason,
                                            String reportedBy) {
        boolean closed = false;
        for (int i = 0; i < activations.size(); i++) {
            ChargingPair p = activations.get(i);
            if (p.isActive() && p.vehicleId().equals(vehicleId) && p.chargerId().equals(chargerId)) {
                activations.set(i, new ChargingPair(p.id(), p.clientId(), p.userRef(), p.userId(), p.vehicleId(),
                        p.chargerId(), p.pluggedInAt(), p.pairedAt(), unpairedAt, reason,
                        reportedBy == null ? p.reportedBy() : reportedBy, p.confidence(), p.evidence(), p.source()));
                closed = true;
            }
        }
        return closed;
    }

    @Override
    public synchronized Page<ChargingPair> active(ClientId clientId, PageRequest page) {
        return Pages.first(activations.stream().filter(p -> p.isActive() && p.clientId().equals(clientId)).toList(),
                Comparator.comparing(ChargingPair::pairedAt).reversed(), page);
    }

    @Override
    public synchronized List<ChargingPair> activeOfUser(UserRef userRef) {
        return activations.stream().filter(p -> p.isActive() && p.userRef().equals(userRef)).toList();
    }

    @Override
    public synchronized Page<ChargingPair> history(UserRef userRef, PageRequest page) {
        return Pages.first(activations.stream().filter(p -> p.userRef().equals(userRef)).toList(),
                Comparator.comparing(ChargingPair::pairedAt).reversed(), page);
    }

    @Override
    public synchronized Optional<ChargingPair> activeOfDevice(DeviceId deviceId) {
        return activeOfDevice(deviceId.value());
    }

    private Optional<ChargingPair> activeOfDevice(UUID deviceId) {
        return activations.stream().filter(p -> p.isActive()
                && (p.vehicleId().value().equals(deviceId) || p.chargerId().value().equals(deviceId))).findFirst();
    }

    @Override
    public synchronized List<ChargingPair> activationsOfUser(UserRef userRef, Instant from, Instant to) {
        return activations.stream().filter(p -> p.userRef().equals(userRef) && !p.pairedAt().isAfter(to)
                        && (p.unpairedAt() == null || !p.unpairedAt().isBefore(from)))
                .sorted(Comparator.comparing(ChargingPair::pairedAt)).toList();
    }

    @Override
    public synchronized Map<UUID, ChargingPair> activeOfDevices(Collection<UUID> deviceIds) {
        Map<UUID, ChargingPair> out = new HashMap<>();
        deviceIds.forEach(id -> activeOfDevice(id).ifPresent(p -> out.put(id, p)));
        return out;
    }

    /** Every activation ever stored, oldest first. */
    public synchronized List<ChargingPair> all() {
        return List.copyOf(activations);
    }
}
