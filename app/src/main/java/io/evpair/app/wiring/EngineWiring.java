package io.evpair.app.wiring;

import io.evpair.engine.actions.ActionStore;
import io.evpair.engine.actions.ChargeActionProgress;
import io.evpair.engine.actions.ChargeActionRequests;
import io.evpair.engine.actions.PairThenAct;
import io.evpair.engine.control.AdapterDirectory;
import io.evpair.engine.control.DeviceAdapter;
import io.evpair.engine.observations.ObservationSink;
import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.clients.ClientRegistry;
import io.evpair.engine.clients.SecretHasher;
import io.evpair.engine.devices.AcceptedLimits;
import io.evpair.engine.catalog.DeviceCatalog;
import io.evpair.engine.devices.DeviceLinks;
import io.evpair.engine.devices.VehicleReadings;
import io.evpair.engine.catalog.DeviceRegistration;
import io.evpair.engine.devices.DeviceStateStore;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ingest.ClockSkewLimit;
import io.evpair.engine.ingest.ObservationPipeline;
import io.evpair.engine.ingest.ObservationProcessor;
import io.evpair.engine.observations.ObservationRetention;
import io.evpair.engine.observations.ObservationStore;
import io.evpair.engine.ingest.UserScope;
import io.evpair.engine.pairs.PairQueries;
import io.evpair.engine.pairs.HouseholdRefresh;
import io.evpair.engine.pairs.Households;
import io.evpair.engine.pairs.PairActivations;
import io.evpair.engine.pairs.PairFeedback;
import io.evpair.engine.pairs.PairQuestionStore;
import io.evpair.engine.pairs.PairQuestions;
import io.evpair.engine.pairs.VehicleIdentifiers;
import io.evpair.engine.pairs.PairStore;
import io.evpair.engine.pairs.VehicleIdentifierStore;
import io.evpair.engine.simulator.SimulatedOemFeed;
import io.evpair.engine.statistics.ChargingStatistics;
import io.evpair.engine.time.ClientClocks;
import io.evpair.engine.time.EngineTime;
import io.evpair.engine.time.TimeSink;
import io.evpair.engine.ingest.WallClockTicks;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.users.UserDirectory;
import io.evpair.engine.users.UserStore;
import io.evpair.engine.webhooks.EventOutbox;
import io.evpair.engine.webhooks.WebhookStore;
import io.evpair.engine.webhooks.WebhookUrlPolicy;
import io.evpair.engine.webhooks.Webhooks;
import io.evpair.app.vendors.VendorRegistry;
import io.evpair.engine.vendors.VendorAccountStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the engine's application services from the ports that persistence and the adapters implement. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DeviceProperties.class, PairingProperties.class, ActionProperties.class,
        IngestProperties.class, ObservationProperties.class, SimulatorProperties.class})
class EngineWiring {
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EngineTime engineTime(ClientClocks clocks, Clock clock) {
        return new EngineTime(clocks, clock);
    }

    @Bean
    ClientRegistry clientRegistry(ApiClientStore clients, SecretHasher hasher, Transactions transactions, Clock clock) {
        return new ClientRegistry(clients, hasher, transactions, clock);
    }

    @Bean
    UserDirectory userDirectory(UserStore users, DeviceStore devices, EventOutbox outbox, Transactions transactions,
                                Clock clock) {
        return new UserDirectory(users, devices, outbox, transactions, clock);
    }

    @Bean
    DeviceCatalog deviceCatalog(DeviceStore devices, UserStore users, DeviceStateStore states, EngineTime time,
                                DeviceProperties settings,
                                PairStore pairs, ApiClientStore clients, ObservationStore observations,
                                Transactions transactions, VehicleReadings readings, VendorAccountStore accounts,
                                DeviceLinks links, AcceptedLimits limits) {
        return new DeviceCatalog(devices, users, states, time, settings.reachableWithin(), pairs, clients, observations, transactions,
                readings, accounts, links, limits);
    }

    @Bean
    DeviceRegistration deviceRegistration(DeviceStore devices, UserStore users, Transactions transactions, Clock clock,
                                          EventOutbox outbox, PairActivations activations) {
        return new DeviceRegistration(devices, users, transactions, clock, outbox, activations);
    }

    @Bean
    PairQueries pairQueries(PairStore pairs, DeviceStore devices, UserStore users, PairQuestionStore questions) {
        return new PairQueries(pairs, devices, users, questions);
    }

    @Bean
    PairActivations pairActivations(PairStore pairs, EventOutbox outbox, Transactions transactions) {
        return new PairActivations(pairs, outbox, transactions);
    }

    @Bean
    PairQuestions pairQuestions(PairQuestionStore store, EventOutbox outbox, Transactions transactions) {
        return new PairQuestions(store, outbox, transactions);
    }

    @Bean
    Households households(DeviceStore devices, ObservationStore observations, VehicleIdentifierStore identifiers,
                          PairActivations activations, PairQuestions questions, PairingProperties settings) {
        return new Households(devices, observations, identifiers, activations, questions, settings.rebuildWindow());
    }

    @Bean
    VehicleIdentifiers vehicleIdentifiers(DeviceStore devices, VehicleIdentifierStore identifiers, Households households,
                                          Transactions transactions, HouseholdRefresh refresh) {
        return new VehicleIdentifiers(devices, identifiers, households, transactions, refresh);
    }

    @Bean
    PairFeedback pairFeedback(DeviceStore devices, ObservationStore observations, PairStore pairs, Households households,
                              PairActivations activations, PairingProperties settings, EngineTime time,
                              HouseholdRefresh refresh) {
        return new PairFeedback(devices, observations, pairs, households, activations, settings.rebuildWindow(), time,
                refresh);
    }

    /** One instance owns every household and changes it in place; cluster mode replaces this (ClusterWiring). */
    @Bean
    HouseholdRefresh householdRefresh() {
        return HouseholdRefresh.IN_PLACE;
    }

    @Bean
    AdapterDirectory adapterDirectory(ObjectProvider<DeviceAdapter> adapters, VendorRegistry clouds) {
        List<DeviceAdapter> all = new ArrayList<>(adapters.orderedStream().toList());
        all.addAll(clouds.adapters());
        return new AdapterDirectory(all);
    }

    @Bean
    ChargeActionProgress chargeActionProgress(ActionStore actions, DeviceStore devices, DeviceStateStore states,
                                              PairStore pairs, ApiClientStore clients, AdapterDirectory adapters,
                                              EngineTime time, Transactions transactions, ActionProperties settings,
                                              EventOutbox outbox, ExecutorService commandDispatch) {
        return new ChargeActionProgress(actions, devices, states, pairs, clients, adapters, time, transactions,
                settings.timeout(), settings.firstRetry(), outbox, commandDispatch);
    }

    @Bean
    ChargeActionRequests chargeActionRequests(ActionStore actions, DeviceStore devices, DeviceStateStore states,
                                              PairStore pairs, ApiClientStore clients, EngineTime time,
                                              Transactions transactions, ActionProperties settings,
                                              EventOutbox outbox, ChargeActionProgress progress) {
        return new ChargeActionRequests(actions, devices, states, pairs, clients, time, transactions,
                settings.timeout(), outbox, progress);
    }

    /** The engine's one processor of each user's observations and time: pairing first, then actions. */
    @Bean
    PairThenAct pairThenAct(Households households, ChargeActionProgress actions) {
        return new PairThenAct(households, actions);
    }

    /** Sends commands to devices that answer slowly (OCPP), so that neither the API nor the clock waits for them. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService commandDispatch(ActionProperties settings) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(settings.dispatchThreads(), runnable -> {
            Thread thread = new Thread(() -> {
                try {
                    runnable.run();
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(ChargeActionProgress.class).error("Sending a command failed", e);
                }
            }, "command-dispatch-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Concurrent arrivals share a transaction (group commit); see docs/telemetry.md for the two settings. */
    @Bean
    ObservationPipeline observationPipeline(DeviceStore devices, ObservationStore observations, DeviceStateStore states,
                                            Transactions transactions, ObjectProvider<ObservationProcessor> processors,
                                            EventOutbox outbox, ClientClocks clocks, ClockSkewLimit skew,
                                            IngestProperties settings) {
        return new ObservationPipeline(devices, observations, states, transactions, processors.orderedStream().toList(),
                outbox, clocks, skew, settings.writers(), settings.maxGroupRows());
    }

    /** How far ahead of its receipt a device may date a report: the simulator refuses more, the pipeline clamps it. */
    @Bean
    ClockSkewLimit clockSkewLimit(ObservationProperties settings) {
        return new ClockSkewLimit(settings.maxClockSkew());
    }

    @Bean
    ChargingStatistics chargingStatistics(UserStore users, DeviceStore devices, PairStore pairs,
                                          ObservationStore observations, EngineTime time) {
        return new ChargingStatistics(users, devices, pairs, observations, time);
    }

    @Bean
    Webhooks webhooks(WebhookStore store, EventOutbox outbox, WebhookUrlPolicy urls, Transactions transactions, Clock clock) {
        return new Webhooks(store, outbox, urls, transactions, clock);
    }

    @Bean
    ObservationRetention observationRetention(ApiClientStore clients, ObservationStore observations, EngineTime time,
                                              ObservationProperties settings) {
        return new ObservationRetention(clients, observations, time, settings.retention());
    }

    @Bean
    WallClockTicks wallClockTicks(ApiClientStore clients, ClientClocks clocks,
                                  ObjectProvider<ObservationProcessor> processors, Clock clock,
                                  ObjectProvider<UserScope> ownedUsers) {
        return new WallClockTicks(clients, clocks, processors.orderedStream().toList(), clock,
                ownedUsers.getIfAvailable(() -> UserScope.ALL));
    }

    /** The sink and time sink are the pipeline itself on one instance, the observation log in a cluster. */
    @Bean
    SimulatedOemFeed simulatedOemFeed(DeviceStore devices, ObservationSink sink, EngineTime time, TimeSink timeSink,
                                      ClockSkewLimit skew,
                                      SimulatorProperties settings) {
        return new SimulatedOemFeed(devices, sink, time, timeSink, skew, settings.maxClockLead());
    }
}
