package io.evpair.engine.ingest;

import io.evpair.engine.devices.DeviceUpdated;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.observations.ObservationStore;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.observations.ObservationSink;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.devices.DeviceState;
import io.evpair.engine.devices.DeviceStateStore;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.time.ClientClocks;
import io.evpair.engine.time.ClockMove;
import io.evpair.engine.time.TimeSink;
import io.evpair.engine.webhooks.EventOutbox;
import io.evpair.engine.transaction.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.UUID;

/**
 * The way in for everything devices report: stores each observation once, projects device state, then
 * hands each user's new observations, in order, to the processors (the pairing engine). Storage and
 * projection are one transaction: a batch is applied whole or not at all. Batches arriving together share that
 * transaction ({@link GroupCommit}); a batch that spoils it is retried alone, so it alone is refused. A report dated
 * beyond the tolerated clock skew is dated at its receipt (and logged), whatever adapter sent it.
 */
public class ObservationPipeline implements ObservationSink, TimeSink {
    /**
     * One: single observations from 8 concurrent senders then share a transaction more often, and cost about a fifth
     * less CPU than with two writers, while batches go as fast (docs/performance.md, issue 19's sixth pass). Processing
     * runs after the slot is given back, so a slow command still holds up no one else's group.
     */
    public static final int DEFAULT_WRITERS = 1;
    public static final int DEFAULT_MAX_GROUP_ROWS = 10_000;
    private static final Logger log = System.getLogger(ObservationPipeline.class.getName());

    private final DeviceStore devices;
    private final ObservationStore observations;
    private final DeviceStateStore states;
    private final Transactions transactions;
    private final List<ObservationProcessor> processors;
    private final EventOutbox outbox;
    private final UserLocks locks = new UserLocks(1024);
    private final ClockSkewLimit skew;
    private final GroupCommit groupCommit;
    private final ClientClocks clocks;

    public ObservationPipeline(DeviceStore devices, ObservationStore observations, DeviceStateStore states,
                               Transactions transactions, List<ObservationProcessor> processors, EventOutbox outbox,
                               ClientClocks clocks) {
        this(devices, observations, states, transactions, processors, outbox, clocks,
                new ClockSkewLimit(ClockSkewLimit.DEFAULT), DEFAULT_WRITERS, DEFAULT_MAX_GROUP_ROWS);
    }

    /**
     * @param writers      groups written at the same time (each under its users' locks)
     * @param maxGroupRows observations a group may hold; a larger batch is written as a group of its own
     */
    public ObservationPipeline(DeviceStore devices, ObservationStore observations, DeviceStateStore states,
                               Transactions transactions, List<ObservationProcessor> processors, EventOutbox outbox,
                               ClientClocks clocks, ClockSkewLimit skew, int writers, int maxGroupRows) {
        this.clocks = clocks;
        this.skew = skew;
        this.groupCommit = new GroupCommit(writers, maxGroupRows, this::write);
        this.outbox = outbox;
        this.devices = devices;
        this.observations = observations;
        this.states = states;
        this.transactions = transactions;
        this.processors = List.copyOf(processors);
    }

    /** Through the group commit: written together with the batches that arrive meanwhile, answered once processed. */
    @Override
    public void accept(List<Observation> batch) {
        if (!batch.isEmpty()) {
            groupCommit.submit(bounded(batch));
        }
    }

    /** Through the group commit, the clock moved in the group's transaction. */
    @Override
    public boolean acceptMovingClock(List<Observation> batch, ClockMove clock) {
        if (batch.isEmpty()) {
            return false;
        }
        groupCommit.submit(bounded(batch), clock);
        return true;
    }

    @Override
    public void timePassed(ClientId clientId, Instant now) {
        advance(clientId, now, UserScope.ALL);
    }

    /** Lets the processors act on time passing for the client's users in {@code users}. */
    public void advance(ClientId clientId, Instant now, UserScope users) {
        processors.forEach(p -> p.onTime(clientId, now, users));
    }

    /** Batches waiting for a writer (for tests). */
    int queued() {
        return groupCommit.queued();
    }

    /**
     * Writes one batch at once, as a group of its own, and returns how many of its observations were new (duplicates
     * of stored ones are dropped silently). For callers that group arrivals themselves, like the cluster's partition
     * owner, which writes each poll of the log as one batch; everyone else goes through {@link #accept}.
     */
    public int ingest(List<Observation> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        GroupCommit.Pending pending = new GroupCommit.Pending(bounded(batch));
        write(List.of(pending), () -> { });
        return pending.outcome();
    }

    /** Stores, projects and processes a group of callers' batches; settles each, all of it or none of it. */
    private void write(List<GroupCommit.Pending> group, Runnable stored) {
        Set<UUID> deviceIds = new HashSet<>();
        group.forEach(p -> p.batch.forEach(o -> deviceIds.add(o.deviceId())));
        Map<UUID, DeviceOwner> owners = devices.owners(deviceIds);
        List<GroupCommit.Pending> known = new ArrayList<>(group.size());
        for (GroupCommit.Pending p : group) {
            p.batch.stream().filter(o -> owners.get(o.deviceId()) == null || owners.get(o.deviceId()).type() != o.deviceType())
                    .findFirst().ifPresentOrElse(o -> p.failed(new UnknownDeviceException(o.deviceId())), () -> known.add(p));
        }
        if (known.isEmpty()) {
            return;
        }
        Set<UserRef> users = new LinkedHashSet<>();
        known.forEach(p -> p.batch.forEach(o -> users.add(owners.get(o.deviceId()).userRef())));
        locks.withUsers(users, () -> {
            storeAndDispatch(known, owners, stored);
            return null;
        });
    }

    private List<Observation> bounded(List<Observation> reported) {
        List<Observation> out = null;
        for (int i = 0; i < reported.size(); i++) {
            Observation o = reported.get(i);
            Observation b = skew.bound(o);
            if (b != o) {
                log.log(Level.WARNING, "Device " + o.deviceId() + " (" + o.deviceType() + ") dated a report "
                        + o.observedAt() + " though it arrived at " + o.receivedAt() + ": its clock is ahead by more than "
                        + skew.tolerated() + "; stored as observed at its receipt");
                if (out == null) {
                    out = new ArrayList<>(reported);
                }
                out.set(i, b);
            }
        }
        return out == null ? reported : out;
    }

    private void storeAndDispatch(List<GroupCommit.Pending> group, Map<UUID, DeviceOwner> owners, Runnable stored) {
        List<List<Observation>> fresh;
        try {
            fresh = transactions.inTransaction(() -> store(group, owners));
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).failed(e);
                return;
            }
            // One batch spoiled the group's transaction (or the database failed): each batch alone, so that only
            // the one at fault is refused.
            log.log(Level.WARNING, "A group of " + group.size() + " batches failed to store (" + e
                    + "); storing each alone");
            group.forEach(p -> storeAndDispatch(List.of(p), owners, () -> { }));
            return;
        }
        stored.run();
        dispatch(group, fresh, owners);
    }

    /**
     * The group's observations stored once, projected, published, and the clocks it moves moved (last: the clock row
     * of a client is the one row concurrent groups share); returns each batch's new ones, in order.
     */
    private List<List<Observation>> store(List<GroupCommit.Pending> group, Map<UUID, DeviceOwner> owners) {
        List<List<Observation>> batches = group.stream().map(p -> p.batch).toList();
        List<Observation> all = batches.size() == 1 ? batches.get(0) : batches.stream().flatMap(List::stream).toList();
        List<Observation> fresh = observations.appendNew(all, owners);
        Map<UUID, DeviceState> loaded = states.load(devicesOf(fresh));
        Map<UUID, DeviceState> current = new HashMap<>(loaded);
        Map<UUID, DeviceState> changed = new LinkedHashMap<>();
        for (Observation o : fresh) {
            DeviceState before = current.getOrDefault(o.deviceId(), DeviceState.unknown(o.deviceId(), o.deviceType()));
            DeviceState after = before.apply(o);
            current.put(o.deviceId(), after);
            changed.put(o.deviceId(), after);
        }
        states.saveAll(changed.values());
        List<DeviceUpdated> updates = new ArrayList<>();
        changed.forEach((device, after) -> update(owners.get(device), loaded.get(device), after).ifPresent(updates::add));
        outbox.publishAll(updates);
        Map<ClientId, Instant> clockMoves = new HashMap<>();
        group.stream().map(p -> p.clock).filter(Objects::nonNull)
                .forEach(m -> clockMoves.merge(m.clientId(), m.to(), (a, b) -> a.isAfter(b) ? a : b));
        clockMoves.forEach(clocks::advance);
        return split(fresh, batches);
    }

    private static Set<UUID> devicesOf(List<Observation> observations) {
        Set<UUID> ids = new HashSet<>();
        observations.forEach(o -> ids.add(o.deviceId()));
        return ids;
    }

    /** {@code fresh} is a subsequence of the batches laid end to end: which of it is whose. */
    private static List<List<Observation>> split(List<Observation> fresh, List<List<Observation>> batches) {
        List<List<Observation>> split = new ArrayList<>(batches.size());
        int next = 0;
        for (List<Observation> batch : batches) {
            List<Observation> ofBatch = new ArrayList<>();
            for (Observation o : batch) {
                if (next < fresh.size() && fresh.get(next).equals(o)) {
                    ofBatch.add(fresh.get(next++));
                }
            }
            split.add(ofBatch);
        }
        return split;
    }

    /** {@code user:vehicle:updated} / {@code user:charger:updated} naming what a client can see change. */
    private static java.util.Optional<DeviceUpdated> update(DeviceOwner owner, DeviceState before, DeviceState after) {
        List<String> fields = new ArrayList<>();
        DeviceState old = before == null ? DeviceState.unknown(after.deviceId(), after.type()) : before;
        if (!Objects.equals(old.pluggedIn(), after.pluggedIn())) {
            fields.add("chargeState.isPluggedIn");
        }
        if (!Objects.equals(old.charging(), after.charging())) {
            fields.add("chargeState.isCharging");
        }
        if (!Objects.equals(old.chargeRateKw(), after.chargeRateKw())) {
            fields.add("chargeState.chargeRate");
        }
        if (!Objects.equals(old.batteryLevel(), after.batteryLevel())) {
            fields.add("chargeState.batteryLevel");
        }
        if (old.powerDeliveryState() != after.powerDeliveryState()) {
            fields.add("chargeState.powerDeliveryState");
        }
        if (!Objects.equals(old.position(), after.position())) {
            fields.add("location");
        }
        if (fields.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DeviceUpdated(owner.clientId(), owner.userId(), after.lastSeen(),
                DeviceId.of(owner.deviceId(), owner.type()), fields));
    }

    /**
     * Hands each user's new observations, in order, to the processors. A processor failing for one user fails the
     * batches that carried that user's observations (they are stored; a retry is de-duplicated), not the others.
     */
    private void dispatch(List<GroupCommit.Pending> group, List<List<Observation>> fresh, Map<UUID, DeviceOwner> owners) {
        Map<UserRef, List<Observation>> byUser = new LinkedHashMap<>();
        Map<UserRef, List<GroupCommit.Pending>> carriers = new HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            for (Observation o : fresh.get(i)) {
                UserRef user = owners.get(o.deviceId()).userRef();
                byUser.computeIfAbsent(user, u -> new ArrayList<>()).add(o);
                List<GroupCommit.Pending> of = carriers.computeIfAbsent(user, u -> new ArrayList<>(1));
                if (of.isEmpty() || of.get(of.size() - 1) != group.get(i)) {
                    of.add(group.get(i));
                }
            }
        }
        byUser.forEach((user, ofUser) -> {
            ClientId client = owners.get(ofUser.get(0).deviceId()).clientId();
            try {
                processors.forEach(p -> p.onObservations(client, user, ofUser));
            } catch (RuntimeException e) {
                log.log(Level.WARNING, "Processing " + ofUser.size() + " stored observations of user " + user + " failed", e);
                carriers.get(user).forEach(p -> p.failed(e));
            }
        });
        for (int i = 0; i < group.size(); i++) {
            if (!group.get(i).settled()) {
                group.get(i).succeeded(fresh.get(i).size());
            }
        }
    }
}
