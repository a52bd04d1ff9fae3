package io.evpair.engine.testing;

import io.evpair.engine.actions.ChargeActionProgress;
import io.evpair.engine.actions.ChargeActionRequests;
import io.evpair.engine.actions.PairThenAct;
import io.evpair.engine.control.AdapterDirectory;
import io.evpair.engine.clients.ApiClient;
import io.evpair.engine.clients.ClientFeatures;
import io.evpair.engine.devices.Charger;
import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.devices.VehicleInformation;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.ingest.ObservationPipeline;
import io.evpair.engine.pairs.HouseholdRefresh;
import io.evpair.engine.pairs.Households;
import io.evpair.engine.pairs.PairActivations;
import io.evpair.engine.pairs.PairFeedback;
import io.evpair.engine.pairs.PairQuestions;
import io.evpair.engine.pairs.VehicleIdentifierStore;
import io.evpair.engine.time.EngineTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The engine's use cases wired over the in-memory fakes as the app wires them over PostgreSQL: the pipeline hands
 * each batch to pairing first, then to actions, so an action waiting for a pair is routed in the batch that
 * activates it. Time is one client's virtual clock, moved by the test as the simulator moves it.
 */
public final class EngineFixture {
    public static final Instant T0 = Instant.parse("2026-03-04T18:00:00Z");
    public static final Duration ACTION_TIMEOUT = Duration.ofMinutes(10);
    public static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    public static final Duration REBUILD_WINDOW = Duration.ofDays(3);
    public static final Vendor VENDOR = new Vendor("SCRIPTED");

    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final RecordingOutbox outbox = new RecordingOutbox(transactions);
    public final InMemoryDevices devices = new InMemoryDevices();
    public final InMemoryDeviceStates states = new InMemoryDeviceStates();
    public final InMemoryObservations observations = new InMemoryObservations();
    public final InMemoryPairs pairs = new InMemoryPairs();
    public final InMemoryPairQuestions questionStore = new InMemoryPairQuestions();
    public final InMemoryActions actionStore = new InMemoryActions();
    public final InMemoryApiClients clients = new InMemoryApiClients();
    public final VirtualClocks clocks = new VirtualClocks();
    public final ScriptedAdapter adapter = new ScriptedAdapter(VENDOR);
    /** The wall clock stands still: anything that reads it instead of the client's clock shows up as T0. */
    public final EngineTime time = new EngineTime(clocks, Clock.fixed(T0, ZoneOffset.UTC));

    public final ClientId clientId = new ClientId(UUID.randomUUID());
    public PairActivations activations;
    public PairQuestions questions;
    public Households households;
    public PairFeedback feedback;
    public ChargeActionProgress progress;
    public ChargeActionRequests actions;
    public ObservationPipeline pipeline;

    public EngineFixture() {
        this(ClientFeatures.DEFAULTS);
    }

    public EngineFixture(ClientFeatures features) {
        clients.save(new ApiClient(clientId, "client-" + clientId, "Test client", "{noop}secret", features, T0, T0));
        clocks.advance(clientId, T0);
        start();
    }

    /**
     * New engine objects over the same stores, as after a restart of the service: whatever lived only in memory
     * (the households) is gone.
     */
    public EngineFixture start() {
        activations = new PairActivations(pairs, outbox, transactions);
        questions = new PairQuestions(questionStore, outbox, transactions);
        households = new Households(devices, observations, VehicleIdentifierStore.NONE, activations, questions,
                REBUILD_WINDOW);
        feedback = new PairFeedback(devices, observations, pairs, households, activations, REBUILD_WINDOW, time,
                HouseholdRefresh.IN_PLACE);
        progress = new ChargeActionProgress(actionStore, devices, states, pairs, clients,
                new AdapterDirectory(List.of(adapter)), time, transactions, ACTION_TIMEOUT, FIRST_RETRY, outbox, Runnable::run);
        actions = new ChargeActionRequests(actionStore, devices, states, pairs, clients, time, transactions, ACTION_TIMEOUT,
                outbox, progress);
        pipeline = new ObservationPipeline(devices, observations, states, transactions,
                List.of(new PairThenAct(households, progress)), outbox, clocks);
        return this;
    }

    /** A user of the fixture's client; {@code userRef} is ours, {@code userId} the client's. */
    public record User(UserRef userRef, String userId) {
    }

    public User user(String userId) {
        return new User(new UserRef(UUID.nameUUIDFromBytes((clientId + "/" + userId).getBytes())), userId);
    }

    public VehicleId vehicle(User user, CommandCapabilities capabilities) {
        Vehicle v = new Vehicle(new VehicleId(UUID.randomUUID()), clientId, user.userRef(), user.userId(), VENDOR,
                "v-" + UUID.randomUUID(), new VehicleInformation(null, "Kia", "e-Niro", 2024, null, 64.0), capabilities, now());
        return devices.insertVehicleIfAbsent(v).device().id();
    }

    public ChargerId charger(User user, CommandCapabilities capabilities) {
        return charger(user, capabilities, null);
    }

    public ChargerId charger(User user, CommandCapabilities capabilities, GeoPoint address) {
        Charger c = new Charger(new ChargerId(UUID.randomUUID()), clientId, user.userRef(), user.userId(), VENDOR,
                "c-" + UUID.randomUUID(), new ChargerInformation("Easee", "Home", 2024, null), capabilities, address, now());
        return devices.insertChargerIfAbsent(c).device().id();
    }

    /** As the simulator delivers a batch: the clock first moves to the newest receipt, then the pipeline runs. */
    public int report(List<Observation> batch) {
        batch.stream().map(Observation::receivedAt).max(Instant::compareTo).ifPresent(t -> clocks.advance(clientId, t));
        return pipeline.ingest(batch);
    }

    public int report(Observation... batch) {
        return report(List.of(batch));
    }

    /** Moves the client's clock to {@code minute} after {@link #T0} and lets the engine act on it. */
    public void clockAt(double minute) {
        Instant to = Reports.at(minute);
        clocks.advance(clientId, to);
        pipeline.timePassed(clientId, to);
    }

    public Instant now() {
        return time.now(clientId);
    }

    public static CommandCapabilities capable() {
        return new CommandCapabilities(true, true, true, true);
    }

    public static CommandCapabilities stopOnly() {
        return new CommandCapabilities(false, true, false, false);
    }
}
