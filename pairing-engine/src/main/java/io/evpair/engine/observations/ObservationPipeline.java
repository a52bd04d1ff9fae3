package io.evpair.engine.observations;

import io.evpair.engine.adapters.ObservationSink;
import io.evpair.engine.devices.DeviceOwner;
import io.evpair.engine.devices.DeviceState;
import io.evpair.engine.devices.DeviceStateStore;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.devices.DeviceType;
import io.evpair.engine.time.TimeSink;
import io.evpair.engine.webhooks.EventOutbox;
import io.evpair.engine.webhooks.WebhookEvent;
import io.evpair.engine.webhooks.WebhookEvents;
import io.evpair.engine.transaction.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The way in for everything devices report: stores each observation once, projects device state, then
 * hands each user's new observations, in order, to the processors (the pairing engine). Storage and
 * projection are one transaction: a batch is applied whole or not at all. A report dated beyond the tolerated
 * clock skew is dated at its receipt (and logged), whatever adapter sent it.
 */
public class ObservationPipeline implements ObservationSink, TimeSink {
    private static final System.Logger LOG = System.getLogger(ObservationPipeline.class.getName());
    private final DeviceStore devices;
    private final ObservationStore observations;
    private final DeviceStateStore states;
    private final Transactions transactions;
    private final List<ObservationProcessor> processors;
    private final EventOutbox outbox;
    private final UserLocks locks = new UserLocks(1024);
    private final ClockSkewLimit skew;

    public ObservationPipeline(DeviceStore devices, ObservationStore observations, DeviceStateStore states,
                               Transactions transactions, List<ObservationProcessor> processors, EventOutbox outbox) {
        this(devices, observations, states, transactions, processors, outbox, new ClockSkewLimit(ClockSkewLimit.DEFAULT));
    }

    public ObservationPipeline(DeviceStore devices, ObservationStore observations, DeviceStateStore states,
                               Transactions transactions, List<ObservationProcessor> processors, EventOutbox outbox,
                               ClockSkewLimit skew) {
        this.skew = skew;
        this.outbox = outbox;
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

    @Override
    public void timePassed(UUID clientId, Instant now) {
        advance(clientId, now, UserScope.ALL);
    }

    /** Lets the processors act on time passing for the client's users in {@code users}. */
    public void advance(UUID clientId, Instant now, UserScope users) {
        processors.forEach(p -> p.onTime(clientId, now, users));
    }

    /** Returns how many observations were new; duplicates of stored ones are dropped silently. */
    public int ingest(List<Observation> reported) {
        if (reported.isEmpty()) {
            return 0;
        }
        List<Observation> batch = bounded(reported);
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

    private List<Observation> bounded(List<Observation> reported) {
        List<Observation> out = null;
        for (int i = 0; i < reported.size(); i++) {
            Observation o = reported.get(i);
            Observation b = skew.bound(o);
            if (b != o) {
                LOG.log(System.Logger.Level.WARNING, "Device " + o.deviceId() + " (" + o.deviceType() + ") dated a report "
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

    private List<Observation> store(List<Observation> batch, Map<UUID, DeviceOwner> owners) {
        List<Observation> fresh = observations.appendNew(batch, owners);
        Map<UUID, DeviceState> loaded = states.load(owners.keySet());
        Map<UUID, DeviceState> current = new HashMap<>(loaded);
        Map<UUID, DeviceState> changed = new LinkedHashMap<>();
        for (Observation o : fresh) {
            DeviceState before = current.getOrDefault(o.deviceId(), DeviceState.unknown(o.deviceId(), o.deviceType()));
            DeviceState after = before.apply(o);
            current.put(o.deviceId(), after);
            changed.put(o.deviceId(), after);
        }
        states.saveAll(changed.values());
        List<WebhookEvent> updates = new ArrayList<>();
        changed.forEach((device, after) -> update(owners.get(device), loaded.get(device), after).ifPresent(updates::add));
        outbox.publishAll(updates);
        return fresh;
    }

    /** {@code user:vehicle:updated} / {@code user:charger:updated} naming what a client can see change. */
    private static java.util.Optional<WebhookEvent> update(DeviceOwner owner, DeviceState before, DeviceState after) {
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
        boolean vehicle = owner.type() == DeviceType.VEHICLE;
        return java.util.Optional.of(new WebhookEvent(vehicle ? WebhookEvents.VEHICLE_UPDATED : WebhookEvents.CHARGER_UPDATED,
                owner.clientId(), owner.userId(), after.lastSeen(),
                Map.of(vehicle ? "vehicleId" : "chargerId", owner.deviceId().toString(), "updatedFields", fields)));
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
