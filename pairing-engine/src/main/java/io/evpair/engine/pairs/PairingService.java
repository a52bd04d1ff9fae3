package io.evpair.engine.pairs;

import io.evpair.engine.devices.Charger;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.ingest.ObservationProcessor;
import io.evpair.engine.observations.ObservationStore;
import io.evpair.engine.ingest.UserScope;
import io.evpair.engine.inference.ChargerProfile;
import io.evpair.engine.inference.Household;
import io.evpair.engine.inference.HouseholdPairing;
import io.evpair.engine.inference.IdentitySource;
import io.evpair.engine.inference.PairEvidence;
import io.evpair.engine.inference.PairingDecision;
import io.evpair.engine.inference.VehicleIdentifier;
import io.evpair.engine.inference.VehicleProfile;
import io.evpair.engine.paging.PageRequest;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.webhooks.EventOutbox;
import io.evpair.engine.webhooks.WebhookEvent;
import io.evpair.engine.webhooks.WebhookEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the pairing engine over the observation stream and keeps its decisions as pair activations.
 * Each user's {@link HouseholdPairing} lives in memory, owned by this instance; after a restart (or, in a
 * cluster, a partition move) it is rebuilt by replaying the user's recent observations before the next
 * decision, and stored activations the replay does not confirm are closed: a missed pair is better than
 * a wrong one.
 */
public class PairingService implements ObservationProcessor {
    private static final int MAX_DEVICES = 1000;

    private final DeviceStore devices;
    private final ObservationStore observations;
    private final PairStore pairs;
    private final Transactions transactions;
    private final Duration rebuildWindow;
    private final EventOutbox outbox;
    private final VehicleIdentifierStore identifiers;
    private final Map<UUID, Tracked> households = new ConcurrentHashMap<>();
    private final Map<UUID, Set<UUID>> usersByClient = new ConcurrentHashMap<>();

    public PairingService(DeviceStore devices, ObservationStore observations, PairStore pairs,
                          Transactions transactions, Duration rebuildWindow, EventOutbox outbox) {
        this(devices, observations, pairs, transactions, rebuildWindow, outbox, VehicleIdentifierStore.NONE);
    }

    public PairingService(DeviceStore devices, ObservationStore observations, PairStore pairs,
                          Transactions transactions, Duration rebuildWindow, EventOutbox outbox,
                          VehicleIdentifierStore identifiers) {
        this.identifiers = identifiers;
        this.outbox = outbox;
        this.devices = devices;
        this.observations = observations;
        this.pairs = pairs;
        this.transactions = transactions;
        this.rebuildWindow = rebuildWindow;
    }

    @Override
    public void onObservations(UUID clientId, UUID userRef, List<Observation> batch) {
        Tracked tracked = households.get(userRef);
        if (tracked == null) {
            replay(clientId, userRef, batch.get(batch.size() - 1).receivedAt(), false);
            return;
        }
        synchronized (tracked) {
            if (batch.stream().anyMatch(o -> !tracked.household.knows(o.deviceId()))) {
                syncDevices(tracked);
            }
            List<PairingDecision> decisions = new ArrayList<>();
            for (Observation o : batch) {
                if (tracked.household.knows(o.deviceId())) {
                    decisions.addAll(tracked.household.onObservation(o));
                }
            }
            record(tracked, decisions);
        }
    }

    @Override
    public void onTime(UUID clientId, Instant now, UserScope users) {
        for (UUID userRef : usersByClient.getOrDefault(clientId, Set.of())) {
            Tracked tracked = users.includes(userRef) ? households.get(userRef) : null;
            if (tracked != null) {
                synchronized (tracked) {
                    record(tracked, tracked.household.advanceTo(now));
                }
            }
        }
    }

    /**
     * The vehicle's identifiers, declared and learned, with how often pairs confirmed each. Learned ones live in the
     * household's memory, so a user this instance has not heard from since its start lists only declared ones.
     */
    public Optional<List<VehicleIdentifier>> identifiersOf(UUID clientId, UUID vehicleId) {
        return ownerOf(clientId, vehicleId).map(owner -> identifiers(owner.userRef(), vehicleId));
    }

    private Optional<DeviceOwner> ownerOf(UUID clientId, UUID vehicleId) {
        DeviceOwner owner = devices.owners(List.of(vehicleId)).get(vehicleId);
        return owner != null && owner.clientId().equals(clientId) && owner.type() == DeviceType.VEHICLE
                ? Optional.of(owner) : Optional.empty();
    }

    private List<VehicleIdentifier> identifiers(UUID userRef, UUID vehicleId) {
        Tracked tracked = households.get(userRef);
        if (tracked != null) {
            synchronized (tracked) {
                if (tracked.household.knows(vehicleId)) {
                    return tracked.household.identifiersOf(vehicleId);
                }
            }
        }
        return identifiers.declared(vehicleId).stream()
                .map(v -> new VehicleIdentifier(v, IdentitySource.DECLARED, 0, null, false)).toList();
    }

    /**
     * Replaces the vehicle's declared identifiers, stored and in the live household at once; empty when the vehicle is
     * not the client's.
     *
     * @throws DeclaredIdentifierConflict when one is declared for another vehicle of the user
     */
    public Optional<List<VehicleIdentifier>> declareIdentifiers(UUID clientId, UUID vehicleId, List<String> values) {
        Optional<DeviceOwner> owner = ownerOf(clientId, vehicleId);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        UUID userRef = owner.get().userRef();
        List<Vehicle> others = devices.vehicles(clientId, Optional.of(userRef), PageRequest.first(MAX_DEVICES)).items();
        for (Vehicle other : others) {
            if (other.id().equals(vehicleId)) {
                continue;
            }
            List<String> theirs = identifiers.declared(other.id());
            for (int i = 0; i < values.size(); i++) {
                if (theirs.contains(values.get(i))) {
                    throw new DeclaredIdentifierConflict(i, values.get(i), other.id());
                }
            }
        }
        transactions.inTransaction(() -> identifiers.replace(clientId, vehicleId, values));
        Tracked tracked = households.get(userRef);
        if (tracked != null) {
            synchronized (tracked) {
                if (tracked.household.knows(vehicleId)) {
                    tracked.household.declareIdentifiers(vehicleId, values);
                }
            }
        }
        return Optional.of(identifiers(userRef, vehicleId));
    }

    /**
     * The client says the vehicle is not on the charger: their activated pair ends with {@code USER_REJECTED}, is not
     * activated again until one of them plugs in anew, and what the charger shows is no longer taken as the vehicle's.
     */
    public PairRejection reject(UUID clientId, String userId, UUID vehicleId, UUID chargerId, String reportedBy) {
        Map<UUID, DeviceOwner> owners = devices.owners(List.of(vehicleId, chargerId));
        if (!isUsers(owners.get(vehicleId), clientId, userId, DeviceType.VEHICLE)) {
            return new PairRejection.UnknownDevice("vehicleId");
        }
        if (!isUsers(owners.get(chargerId), clientId, userId, DeviceType.CHARGER)) {
            return new PairRejection.UnknownDevice("chargerId");
        }
        UUID userRef = owners.get(vehicleId).userRef();
        Tracked tracked = households.get(userRef);
        if (tracked == null) {
            Optional<ChargingPair> stored = pairs.activeOfDevice(vehicleId).filter(p -> p.chargerId().equals(chargerId));
            if (stored.isEmpty()) {
                return new PairRejection.NotActivated();
            }
            // not decided here since this instance started: rebuild the household as far as the charger has reported
            Instant from = stored.get().pairedAt();
            Instant upTo = observations.ofDevice(chargerId, from, from.plus(rebuildWindow)).stream()
                    .map(Observation::receivedAt).max(Instant::compareTo).orElse(from);
            replay(clientId, userRef, upTo, false);
            tracked = households.get(userRef);
        }
        Tracked live = tracked;
        synchronized (live) {
            Optional<PairingDecision.Deactivated> ended = live.household.reject(vehicleId, chargerId);
            if (ended.isEmpty()) {
                return new PairRejection.NotActivated();
            }
            PairingDecision.Deactivated off = ended.get();
            transactions.inTransaction(() -> deactivate(live, vehicleId, chargerId, off.unpairedAt(), off.reason().name(),
                    reportedBy));
            return new PairRejection.Rejected(off.unpairedAt());
        }
    }

    private static boolean isUsers(DeviceOwner owner, UUID clientId, String userId, DeviceType type) {
        return owner != null && owner.clientId().equals(clientId) && owner.type() == type
                && owner.userId().equals(userId);
    }

    /** Forgets the households of {@code users}: another instance owns them now, and may change them. */
    public void release(UserScope users) {
        households.keySet().removeIf(users::includes);
        usersByClient.values().forEach(refs -> refs.removeIf(users::includes));
    }

    /**
     * Replays the user's observations of the rebuild window up to {@code upTo} into a new household that replaces
     * any in memory, then lets its time reach {@code upTo}, as the live household's would have. A new owner in a
     * cluster calls it for each user of a partition it is given, before it decides anything.
     */
    public void rebuild(UUID clientId, UUID userRef, Instant upTo) {
        replay(clientId, userRef, upTo, true);
    }

    /**
     * The replay behind {@link #rebuild}, also run for a user's first batch after a start (the replay then includes
     * that batch). The first batch does not move the household's time past its observations: a new household decides
     * on its first batch as a live one would on that batch, whichever instance holds it.
     */
    private void replay(UUID clientId, UUID userRef, Instant upTo, boolean advanceTime) {
        Tracked tracked = new Tracked(clientId, userRef, new HouseholdPairing(new Household(List.of(), List.of())));
        synchronized (tracked) {
            syncDevices(tracked);
            List<PairingDecision> replayed = new ArrayList<>();
            for (Observation o : observations.ofUser(userRef, upTo.minus(rebuildWindow), upTo)) {
                if (tracked.household.knows(o.deviceId())) {
                    replayed.addAll(tracked.household.onObservation(o));
                }
            }
            if (advanceTime) {
                replayed.addAll(tracked.household.advanceTo(upTo));
            }
            reconcile(tracked, replayed);
            households.put(userRef, tracked);
            usersByClient.computeIfAbsent(clientId, c -> ConcurrentHashMap.newKeySet()).add(userRef);
        }
    }

    /** Stores what the replay ends with; closes stored activations it does not hold. */
    private void reconcile(Tracked tracked, List<PairingDecision> replayed) {
        Map<String, PairingDecision.Activated> stillActive = new LinkedHashMap<>();
        for (PairingDecision d : replayed) {
            String key = d.vehicleId() + "/" + d.chargerId();
            if (d instanceof PairingDecision.Activated a) {
                stillActive.put(key, a);
            } else {
                stillActive.remove(key);
            }
        }
        transactions.inTransaction(() -> {
            for (ChargingPair stored : pairs.activeOfUser(tracked.userRef)) {
                String key = stored.vehicleId() + "/" + stored.chargerId();
                if (stillActive.remove(key) == null) {
                    deactivate(tracked, stored.vehicleId(), stored.chargerId(), stored.pairedAt(), "NOT_CONFIRMED_ON_REBUILD");
                }
            }
            stillActive.values().forEach(a -> activate(tracked, a));
        });
    }

    private void record(Tracked tracked, List<PairingDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        transactions.inTransaction(() -> {
            for (PairingDecision d : decisions) {
                if (d instanceof PairingDecision.Activated a) {
                    activate(tracked, a);
                } else if (d instanceof PairingDecision.Deactivated off) {
                    deactivate(tracked, off.vehicleId(), off.chargerId(), off.unpairedAt(), off.reason().name());
                }
            }
        });
    }

    private void activate(Tracked tracked, PairingDecision.Activated a) {
        pairs.activated(activation(tracked, a));
        outbox.publish(new WebhookEvent(WebhookEvents.PAIR_ACTIVATED, tracked.clientId, tracked.userId, a.pairedAt(),
                Map.of("vehicleId", a.vehicleId().toString(), "chargerId", a.chargerId().toString(),
                        "pairedAt", a.pairedAt().toString(), "confidence", round(a.confidence()))));
    }

    private void deactivate(Tracked tracked, UUID vehicleId, UUID chargerId, Instant at, String reason) {
        deactivate(tracked, vehicleId, chargerId, at, reason, null);
    }

    private void deactivate(Tracked tracked, UUID vehicleId, UUID chargerId, Instant at, String reason, String reportedBy) {
        pairs.deactivated(vehicleId, chargerId, at, reason, reportedBy);
        outbox.publish(new WebhookEvent(WebhookEvents.PAIR_DEACTIVATED, tracked.clientId, tracked.userId, at,
                Map.of("vehicleId", vehicleId.toString(), "chargerId", chargerId.toString(),
                        "unpairedAt", at.toString(), "reason", reason)));
    }

    /** Adds devices the user has gained and drops those it no longer has. */
    private void syncDevices(Tracked tracked) {
        List<Vehicle> vehicles = devices.vehicles(tracked.clientId, Optional.of(tracked.userRef), PageRequest.first(MAX_DEVICES)).items();
        List<Charger> chargers = devices.chargers(tracked.clientId, Optional.of(tracked.userRef), PageRequest.first(MAX_DEVICES)).items();
        List<PairingDecision> removals = new ArrayList<>();
        for (UUID known : tracked.deviceIds) {
            boolean kept = vehicles.stream().anyMatch(v -> v.id().equals(known)) || chargers.stream().anyMatch(c -> c.id().equals(known));
            if (!kept) {
                removals.addAll(tracked.household.removeDevice(known));
            }
        }
        tracked.deviceIds.clear();
        vehicles.stream().map(Vehicle::userId).findFirst()
                .or(() -> chargers.stream().map(Charger::userId).findFirst())
                .ifPresent(id -> tracked.userId = id);
        for (Vehicle v : vehicles) {
            if (!tracked.household.knows(v.id())) {
                tracked.household.addVehicle(new VehicleProfile(v.id(), v.information().batteryCapacityKwh()));
                List<String> declared = identifiers.declared(v.id());
                if (!declared.isEmpty()) {
                    tracked.household.declareIdentifiers(v.id(), declared);
                }
            }
            tracked.deviceIds.add(v.id());
        }
        for (Charger c : chargers) {
            if (!tracked.household.knows(c.id())) {
                tracked.household.addCharger(new ChargerProfile(c.id(), c.address()));
            }
            tracked.deviceIds.add(c.id());
        }
        record(tracked, removals);
    }

    private static ChargingPair activation(Tracked tracked, PairingDecision.Activated a) {
        return new ChargingPair(UUID.randomUUID(), tracked.clientId, tracked.userRef, null, a.vehicleId(), a.chargerId(),
                a.pluggedInAt(), a.pairedAt(), null, null, null, a.confidence(), evidence(a.evidence()));
    }

    /** The evidence as plain values, the form every store and the API can keep. */
    static Map<String, Object> evidence(PairEvidence e) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (e == null) {
            return out;
        }
        if (e.plugInGap() != null) {
            out.put("plugInGapSeconds", e.plugInGap().toSeconds());
        }
        out.put("transitionsMatched", e.transitionsMatched());
        out.put("rateSamplesAgreeing", e.rateSamplesAgreeing());
        putIfKnown(out, "rateRatio", e.rateRatio());
        putIfKnown(out, "energyRatio", e.energyRatio());
        putIfKnown(out, "distanceMetres", e.distanceMetres());
        out.put("exclusive", e.exclusive());
        out.put("historySessions", e.historySessions());
        out.put("score", round(e.score()));
        out.put("margin", round(e.margin()));
        if (e.identity() != null) {
            out.put("identity", e.identity().name());
        }
        return out;
    }

    private static void putIfKnown(Map<String, Object> out, String key, Double value) {
        if (value != null && Double.isFinite(value)) {
            out.put(key, round(value));
        }
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : 0;
    }

    /** One user's household with what it was built from. Guarded by its own monitor. */
    private static final class Tracked {
        final UUID clientId;
        final UUID userRef;
        final HouseholdPairing household;
        final Set<UUID> deviceIds = new java.util.HashSet<>();
        String userId;

        Tracked(UUID clientId, UUID userRef, HouseholdPairing household) {
            this.clientId = clientId;
            this.userRef = userRef;
            this.household = household;
        }
    }
}
