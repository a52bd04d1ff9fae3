package io.evpair.engine.pairs;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.devices.Charger;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.inference.ChargerProfile;
import io.evpair.engine.inference.Household;
import io.evpair.engine.inference.HouseholdPairing;
import io.evpair.engine.inference.PairQuestion;
import io.evpair.engine.inference.PairingDecision;
import io.evpair.engine.inference.VehicleProfile;
import io.evpair.engine.ingest.UserScope;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.observations.ObservationStore;
import io.evpair.engine.paging.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The users' households this instance owns: each user's {@link HouseholdPairing} lives in memory and is fed the
 * user's observations and time in order; what it decides goes to {@link PairActivations}. After a restart (or, in a
 * cluster, a partition move) a household is rebuilt by replaying the user's recent observations before its next
 * decision.
 */
public class Households {
    private static final int MAX_DEVICES = 1000;

    private final DeviceStore devices;
    private final ObservationStore observations;
    private final VehicleIdentifierStore identifiers;
    private final PairActivations activations;
    private final PairQuestions questions;
    private final Duration rebuildWindow;
    private final Map<UserRef, Tracked> byUser = new ConcurrentHashMap<>();
    private final Map<ClientId, Set<UserRef>> usersByClient = new ConcurrentHashMap<>();

    public Households(DeviceStore devices, ObservationStore observations, VehicleIdentifierStore identifiers,
                      PairActivations activations, PairQuestions questions, Duration rebuildWindow) {
        this.questions = questions;
        this.devices = devices;
        this.observations = observations;
        this.identifiers = identifiers;
        this.activations = activations;
        this.rebuildWindow = rebuildWindow;
    }

    public void onObservations(ClientId clientId, UserRef userRef, List<Observation> batch) {
        Tracked tracked = byUser.get(userRef);
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
            activations.record(tracked.ref(), decisions);
            questions.sync(tracked.ref(), tracked.asked, tracked.household.openQuestions(),
                    batch.get(batch.size() - 1).receivedAt());
        }
    }

    public void onTime(ClientId clientId, Instant now, UserScope users) {
        for (UserRef userRef : usersByClient.getOrDefault(clientId, Set.of())) {
            Tracked tracked = users.includes(userRef) ? byUser.get(userRef) : null;
            if (tracked != null) {
                synchronized (tracked) {
                    activations.record(tracked.ref(), tracked.household.advanceTo(now));
                    questions.sync(tracked.ref(), tracked.asked, tracked.household.openQuestions(), now);
                }
            }
        }
    }

    /** Forgets the households of {@code users}: another instance owns them now, and may change them. */
    public void release(UserScope users) {
        byUser.keySet().removeIf(users::includes);
        usersByClient.values().forEach(refs -> refs.removeIf(users::includes));
    }

    /**
     * Replays the user's observations of the rebuild window up to {@code upTo} into a new household that replaces
     * any in memory, then lets its time reach {@code upTo}, as the live household's would have. A new owner in a
     * cluster calls it for each user of a partition it is given, before it decides anything.
     */
    public void rebuild(ClientId clientId, UserRef userRef, Instant upTo) {
        replay(clientId, userRef, upTo, true);
    }

    /** Applies {@code use} to the user's live household under its lock; empty when none is in memory. */
    <T> Optional<T> ifLive(UserRef userRef, Function<HouseholdPairing, T> use) {
        Tracked tracked = byUser.get(userRef);
        if (tracked == null) {
            return Optional.empty();
        }
        synchronized (tracked) {
            return Optional.ofNullable(use.apply(tracked.household));
        }
    }

    /**
     * Applies {@code use} to the user's household under its lock, first replaying the user's observations up to
     * {@code replayUpTo} when none is in memory; empty when none is and there is nothing to replay up to.
     */
    <T> Optional<T> live(ClientId clientId, UserRef userRef, Supplier<Optional<Instant>> replayUpTo,
                         Function<LiveHousehold, T> use) {
        Tracked tracked = byUser.get(userRef);
        if (tracked == null) {
            Optional<Instant> upTo = replayUpTo.get();
            if (upTo.isEmpty()) {
                return Optional.empty();
            }
            replay(clientId, userRef, upTo.get(), false);
            tracked = byUser.get(userRef);
        }
        synchronized (tracked) {
            return Optional.ofNullable(use.apply(new LiveHousehold(tracked.ref(), tracked.household)));
        }
    }

    /** A household and whose it is, handed out under the household's lock. */
    record LiveHousehold(HouseholdRef ref, HouseholdPairing household) {
    }

    /**
     * The replay behind {@link #rebuild}, also run for a user's first batch after a start (the replay then includes
     * that batch). The first batch does not move the household's time past its observations: a new household decides
     * on its first batch as a live one would on that batch, whichever instance holds it.
     */
    private void replay(ClientId clientId, UserRef userRef, Instant upTo, boolean advanceTime) {
        Tracked tracked = new Tracked(clientId, userRef, new HouseholdPairing(new Household(List.of(), List.of())));
        synchronized (tracked) {
            syncDevices(tracked);
            List<PairingDecision> replayed = new ArrayList<>();
            // What the client said is not in the observations: it is given back where it was said, in between them.
            Instant from = upTo.minus(rebuildWindow);
            java.util.ArrayDeque<PairActivations.ClientWord> words =
                    new java.util.ArrayDeque<>(activations.clientWords(userRef, from, upTo));
            for (Observation o : observations.ofUser(userRef, from, upTo)) {
                while (!words.isEmpty() && words.peek().at().isBefore(o.receivedAt())) {
                    replayWord(tracked.household, words.poll(), replayed);
                }
                if (tracked.household.knows(o.deviceId())) {
                    replayed.addAll(tracked.household.onObservation(o));
                }
            }
            words.forEach(w -> replayWord(tracked.household, w, replayed));
            if (advanceTime) {
                replayed.addAll(tracked.household.advanceTo(upTo));
            }
            activations.reconcile(tracked.ref(), replayed);
            tracked.asked.putAll(questions.stored(userRef));
            questions.sync(tracked.ref(), tracked.asked, tracked.household.openQuestions(), upTo);
            byUser.put(userRef, tracked);
            usersByClient.computeIfAbsent(clientId, c -> ConcurrentHashMap.newKeySet()).add(userRef);
        }
    }

    private static void replayWord(HouseholdPairing household, PairActivations.ClientWord word,
                                   List<PairingDecision> replayed) {
        if (!household.knows(word.vehicleId().value()) || !household.knows(word.chargerId().value())) {
            return;
        }
        if (!word.asserted()) {
            household.reject(word.vehicleId(), word.chargerId()).ifPresentOrElse(replayed::add,
                    () -> household.forbid(word.vehicleId(), word.chargerId()));
        } else if (household.assertPair(word.vehicleId(), word.chargerId()) instanceof HouseholdPairing.Assertion.Made made) {
            replayed.addAll(made.decisions());
        }
    }

    /** Adds devices the user has gained and drops those it no longer has. */
    private void syncDevices(Tracked tracked) {
        List<Vehicle> vehicles = devices.vehicles(tracked.clientId, Optional.of(tracked.userRef), PageRequest.first(MAX_DEVICES)).items();
        List<Charger> chargers = devices.chargers(tracked.clientId, Optional.of(tracked.userRef), PageRequest.first(MAX_DEVICES)).items();
        List<PairingDecision> removals = new ArrayList<>();
        for (UUID known : tracked.deviceIds) {
            boolean kept = vehicles.stream().anyMatch(v -> v.id().value().equals(known)) || chargers.stream().anyMatch(c -> c.id().value().equals(known));
            if (!kept) {
                removals.addAll(tracked.household.removeDevice(known));
            }
        }
        tracked.deviceIds.clear();
        vehicles.stream().map(Vehicle::userId).findFirst()
                .or(() -> chargers.stream().map(Charger::userId).findFirst())
                .ifPresent(id -> tracked.userId = id);
        for (Vehicle v : vehicles) {
            if (!tracked.household.knows(v.id().value())) {
                tracked.household.addVehicle(new VehicleProfile(v.id().value(), v.information().batteryCapacityKwh()));
                List<String> declared = identifiers.declared(v.id());
                if (!declared.isEmpty()) {
                    tracked.household.declareIdentifiers(v.id(), declared);
                }
            }
            tracked.deviceIds.add(v.id().value());
        }
        for (Charger c : chargers) {
            if (!tracked.household.knows(c.id().value())) {
                tracked.household.addCharger(new ChargerProfile(c.id().value(), c.address()));
            }
            tracked.deviceIds.add(c.id().value());
        }
        activations.record(tracked.ref(), removals);
    }

    /** One user's household with what it was built from. Guarded by its own monitor. */
    private static final class Tracked {
        final ClientId clientId;
        final UserRef userRef;
        final HouseholdPairing household;
        final Set<UUID> deviceIds = new HashSet<>();
        /** The open questions as last stored, by charger. */
        final Map<ChargerId, PairQuestion> asked = new java.util.LinkedHashMap<>();
        String userId;

        Tracked(ClientId clientId, UserRef userRef, HouseholdPairing household) {
            this.clientId = clientId;
            this.userRef = userRef;
            this.household = household;
        }

        HouseholdRef ref() {
            return new HouseholdRef(clientId, userRef, userId);
        }
    }
}
