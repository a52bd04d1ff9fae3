package io.evpair.engine.testing;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.observations.ObservationStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The append-only observation log, in storage order, with each row's owner as the stored rows have it. */
public final class InMemoryObservations implements ObservationStore {
    private record Row(Observation observation, ClientId clientId, UserRef userRef) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Set<Observation> seen = new HashSet<>();

    @Override
    public synchronized List<Observation> appendNew(List<Observation> observations, Map<UUID, DeviceOwner> owners) {
        List<Observation> fresh = new ArrayList<>();
        for (Observation o : observations) {
            if (seen.add(o)) {
                DeviceOwner owner = owners.get(o.deviceId());
                rows.add(new Row(o, owner.clientId(), owner.userRef()));
                fresh.add(o);
            }
        }
        return fresh;
    }

    @Override
    public synchronized List<Observation> ofUser(UserRef userRef, Instant from, Instant to) {
        return rows.stream().filter(r -> r.userRef().equals(userRef) && within(r.observation().receivedAt(), from, to))
                .map(Row::observation).toList();
    }

    @Override
    public synchronized List<Observation> ofDevice(UUID deviceId, Instant from, Instant to) {
        return rows.stream().map(Row::observation)
                .filter(o -> o.deviceId().equals(deviceId) && within(o.observedAt(), from, to)).toList();
    }

    @Override
    public synchronized int deleteReceivedBefore(ClientId clientId, Instant cutoff, int limit) {
        int deleted = 0;
        for (Iterator<Row> it = rows.iterator(); it.hasNext() && deleted < limit; ) {
            Row r = it.next();
            if (r.clientId().equals(clientId) && r.observation().receivedAt().isBefore(cutoff)) {
                it.remove();
                seen.remove(r.observation());
                deleted++;
            }
        }
        return deleted;
    }

    public synchronized int size() {
        return rows.size();
    }

    private static boolean within(Instant t, Instant from, Instant to) {
        return !t.isBefore(from) && !t.isAfter(to);
    }
}
