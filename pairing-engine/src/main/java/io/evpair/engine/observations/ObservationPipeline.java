package io.evpair.engine.observations;

import io.evpair.engine.adapters.ObservationSink;
import io.evpair.engine.devices.DeviceOwner;
import io.evpair.engine.devices.DeviceState;
import io.evpair.engine.devices.DeviceStateStore;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.transaction.Transactions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The way in for everything devices report: stores each observation once, projects device state, then
 * hands each user's new observations, in order, to the processors (the pairing engine). Storage and
 * projection are one transaction: a batch is applied whole or not at all.
 */
public class ObservationPipeline implements ObservationSink {
    private final DeviceStore devices;
    private final ObservationStore observations;
    private final DeviceStateStore states;
    private final Transactions transactions;
    private final List<ObservationProcessor> processors;
    private final UserLocks locks = new UserLocks(1024);

    public ObservationPipeline(DeviceStore devices, ObservationStore observations, DeviceStateStore states,
                               Transactions transactions, List<ObservationProcessor> processors) {
        this.devices = devices;
        this.observations = observations;
        this.states = states;
        this.transactions = transactions;
        this.processors = List.copyOf(processors);
    }

    @Override
    public void accept(List<Observation> batch) {
        ingest(batch);
    }

    /** Returns how many observations were new; duplicates of stored ones are dropped silently. */
    public int ingest(List<Observation> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        Map<UUID, DeviceOwner> owners = devices.owners(batch.stream().map(Observation::deviceId).collect(Collectors.toSet()));
        for (Observation o : batch) {
            DeviceOwner owner = owners.get(o.deviceId());
            if (owner == null || owner.type() != o.deviceType()) {
                throw new UnknownDeviceException(o.deviceId());
            }
        }
        List<UUID> users = owners.values().stream().map(DeviceOwner::userRef).distinct().toList();
        return locks.withUsers(users, () -> {
            List<Observation> fresh = transactions.inTransaction(() -> store(batch, owners));
            dispatch(fresh, owners);
            return fresh.size();
        });
    }

    private List<Observation> store(List<Observation> batch, Map<UUID, DeviceOwner> owners) {
        List<Observation> fresh = observations.appendNew(batch, owners);
        Map<UUID, DeviceState> current = new HashMap<>(states.load(owners.keySet()));
        Map<UUID, DeviceState> changed = new LinkedHashMap<>();
        for (Observation o : fresh) {
            DeviceState before = current.getOrDefault(o.deviceId(), DeviceState.unknown(o.deviceId(), o.deviceType()));
            DeviceState after = before.apply(o);
            current.put(o.deviceId(), after);
            changed.put(o.deviceId(), after);
        }
        states.saveAll(changed.values());
        return fresh;
    }

    private void dispatch(List<Observation> fresh, Map<UUID, DeviceOwner> owners) {
        if (processors.isEmpty() || fresh.isEmpty()) {
            return;
        }
        Map<UUID, List<Observation>> byUser = new LinkedHashMap<>();
        for (Observation o : fresh) {
            byUser.computeIfAbsent(owners.get(o.deviceId()).userRef(), u -> new ArrayList<>()).add(o);
        }
        byUser.forEach((user, ofUser) -> {
            UUID client = owners.get(ofUser.get(0).deviceId()).clientId();
            processors.forEach(p -> p.onObservations(client, user, ofUser));
        });
    }
}
