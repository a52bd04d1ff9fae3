package io.evpair.engine.catalog;

import io.evpair.engine.devices.RelinkNeeds;
import io.evpair.engine.devices.ChargeRateEstimate;
import io.evpair.engine.devices.ChargerView;
import io.evpair.engine.devices.VehicleReadings;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.devices.Charger;
import io.evpair.engine.devices.VehicleView;
import io.evpair.engine.devices.DeviceState;
import io.evpair.engine.devices.AcceptedLimits;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.devices.DeviceStateStore;
import io.evpair.engine.devices.DeviceLinks;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.actions.CommandRouter;
import io.evpair.engine.clients.ApiClient;
import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.clients.ChargeRateSource;
import io.evpair.engine.clients.ClientFeatures;
import io.evpair.engine.devices.VehicleReading.PairedCharger;
import io.evpair.engine.observations.ObservationStore;
import io.evpair.engine.pairs.ChargingPair;
import io.evpair.engine.pairs.PairStore;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import io.evpair.engine.time.EngineTime;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.users.UserStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Read use cases on a client's devices, with their live state and activated pair. A device is reachable while it has been
 * heard from within {@code reachableWithin} of the engine's now. An unknown user reads as an empty
 * listing, never as someone else's.
 */
public class DeviceCatalog {
    /** How far back battery readings count for a rate estimate. */
    private static final Duration ESTIMATE_WINDOW = Duration.ofMinutes(45);

    private final DeviceStore devices;
    private final UserStore users;
    private final DeviceStateStore states;
    private final EngineTime time;
    private final Duration reachableWithin;
    private final PairStore pairs;
    private final ApiClientStore clients;
    private final ObservationStore observations;
    private final Transactions transactions;
    private final VehicleReadings readings;
    private final RelinkNeeds relinkNeeds;
    private final DeviceLinks links;
    private final AcceptedLimits limits;

    public DeviceCatalog(DeviceStore devices, UserStore users, DeviceStateStore states, EngineTime time,
                         Duration reachableWithin, PairStore pairs, ApiClientStore clients, ObservationStore observations,
                         Transactions transactions, VehicleReadings readings, RelinkNeeds relinkNeeds) {
        this(devices, users, states, time, reachableWithin, pairs, clients, observations, transactions, readings,
                relinkNeeds, DeviceLinks.NONE, AcceptedLimits.NONE);
    }

    public DeviceCatalog(DeviceStore devices, UserStore users, DeviceStateStore states, EngineTime time,
                         Duration reachableWithin, PairStore pairs, ApiClientStore clients, ObservationStore observations,
                         Transactions transactions, VehicleReadings readings, RelinkNeeds relinkNeeds, DeviceLinks links,
                         AcceptedLimits limits) {
        this.links = links;
        this.limits = limits;
        this.readings = readings;
        this.relinkNeeds = relinkNeeds;
        this.observations = observations;
        this.transactions = transactions;
        this.pairs = pairs;
        this.clients = clients;
        this.devices = devices;
        this.users = users;
        this.states = states;
        this.time = time;
        this.reachableWithin = reachableWithin;
    }

    // Each listing is one transaction: its half-dozen queries share one connection instead of taking one each.

    /** One query, no transaction: this is the read clients poll most. */
    public Optional<VehicleView> vehicle(ClientId clientId, VehicleId vehicleId) {
        return readings.find(clientId, vehicleId).map(r -> view(r.vehicle(), r.state(), r.pairedCharger(),
                r.chargersOfUser(), r.features(), time.now(r.virtualNow()),
                r.vendorNeedsRelink() ? List.of(RelinkNeeds.interventionId(r.vehicle().vendor())) : List.of()));
    }

    public Page<VehicleView> vehicles(ClientId clientId, PageRequest page) {
        return transactions.inTransaction(() -> vehicleViews(clientId, devices.vehicles(clientId, Optional.empty(), page)));
    }

    /** Empty when the client has no such user. */
    public Optional<Page<VehicleView>> vehiclesOfUser(ClientId clientId, String userId, PageRequest page) {
        return transactions.inTransaction(() -> users.find(clientId, userId)
                .map(user -> vehicleViews(clientId, devices.vehicles(clientId, Optional.of(user.id()), page))));
    }

    public Optional<ChargerView> charger(ClientId clientId, ChargerId chargerId) {
        return transactions.inTransaction(() -> devices.findCharger(clientId, chargerId)
                .map(c -> chargerViews(clientId, Page.single(c)).items().get(0)));
    }

    public Page<ChargerView> chargers(ClientId clientId, PageRequest page) {
        return transactions.inTransaction(() -> chargerViews(clientId, devices.chargers(clientId, Optional.empty(), page)));
    }

    public Optional<Page<ChargerView>> chargersOfUser(ClientId clientId, String userId, PageRequest page) {
        return transactions.inTransaction(() -> users.find(clientId, userId)
                .map(user -> chargerViews(clientId, devices.chargers(clientId, Optional.of(user.id()), page))));
    }

    private Page<VehicleView> vehicleViews(ClientId clientId, Page<Vehicle> page) {
        List<UUID> ids = page.items().stream().map(v -> v.id().value()).toList();
        Map<UUID, ChargingPair> active = pairs.activeOfDevices(ids);
        List<UUID> withChargers = new ArrayList<>(ids);
        active.values().forEach(p -> withChargers.add(p.chargerId().value()));
        Map<UUID, DeviceState> loaded = states.load(withChargers);
        ClientFeatures features = clients.findById(clientId).map(ApiClient::features).orElse(ClientFeatures.DEFAULTS);
        Map<UserRef, CommandCapabilities> chargersCan = new HashMap<>();
        Instant now = time.now(clientId);
        Map<UserRef, Set<Vendor>> relink = relinkNeeds.needingRelink(page.items().stream().map(Vehicle::userRef).distinct().toList());
        return page.map(v -> {
            ChargingPair pair = active.get(v.id().value());
            DeviceState state = loaded.get(v.id().value());
            // The charger's address only shows when the vehicle has no GPS fix: look it up only then.
            GeoPoint address = pair == null || (state != null && state.position() != null) ? null
                    : devices.findCharger(clientId, pair.chargerId()).map(Charger::address).orElse(null);
            PairedCharger charger = pair == null ? null
                    : new PairedCharger(pair.chargerId(), pair.pairedAt(), loaded.get(pair.chargerId().value()), address);
            return view(v, state, charger, chargersCan.computeIfAbsent(v.userRef(), devices::chargerCapabilitiesOfUser),
                    features, now, interventions(relink, v.userRef(), v.vendor()));
        });
    }

    /**
     * One vehicle as the client sees it at {@code now}; {@code state} and {@code charger} are null when absent. A
     * vehicle with interventions pending is unreachable whatever it last reported.
     */
    private VehicleView view(Vehicle v, DeviceState stored, PairedCharger charger, CommandCapabilities chargers,
                             ClientFeatures features, Instant now, List<String> interventions) {
        DeviceState state = stored != null ? stored : DeviceState.unknown(v.id().value(), DeviceType.VEHICLE);
        Double rate = state.chargeRateKw();
        if (charger != null && features.chargeRateSource() == ChargeRateSource.CHARGER && charger.state() != null) {
            rate = charger.state().chargeRateKw();
        } else if (rate == null && Boolean.TRUE.equals(state.charging()) && state.lastUpdated() != null) {
            rate = ChargeRateEstimate.kilowatts(observations.ofDevice(v.id().value(),
                    state.lastUpdated().minus(ESTIMATE_WINDOW), state.lastUpdated()), v.information().batteryCapacityKwh());
        }
        GeoPoint location = state.position();
        Instant locationAt = state.positionUpdatedAt();
        if (location == null && charger != null && charger.address() != null) {
            location = charger.address();
            locationAt = charger.pairedAt();
        }
        return new VehicleView(v, state, interventions.isEmpty() && state.isReachableAt(now, reachableWithin),
                charger == null ? null : charger.chargerId(), unlocked(v.capabilities(), chargers, features), rate, location,
                locationAt, interventions);
    }

    /** The vehicle's own commands, plus those one of its user's chargers can do when the client lets evpair orchestrate. */
    private static CommandCapabilities unlocked(CommandCapabilities own, CommandCapabilities chargers, ClientFeatures features) {
        return new CommandCapabilities(
                CommandRouter.vehicleCapable(own.startCharging(), chargers.startCharging(), features),
                CommandRouter.vehicleCapable(own.stopCharging(), chargers.stopCharging(), features),
                CommandRouter.vehicleCapable(own.setChargeRateLimit(), chargers.setChargeRateLimit(), features),
                own.setMaxCurrent());
    }

    private Page<ChargerView> chargerViews(ClientId clientId, Page<Charger> page) {
        List<UUID> ids = page.items().stream().map(c -> c.id().value()).toList();
        Map<UUID, DeviceState> loaded = states.load(ids);
        Map<UUID, ChargingPair> active = pairs.activeOfDevices(ids);
        Map<UUID, AcceptedLimits.ChargerLimits> taken = limits.of(ids);
        Instant now = time.now(clientId);
        Map<UserRef, Set<Vendor>> relink = relinkNeeds.needingRelink(page.items().stream().map(Charger::userRef).distinct().toList());
        return page.map(c -> {
            DeviceState state = loaded.getOrDefault(c.id().value(), DeviceState.unknown(c.id().value(), DeviceType.CHARGER));
            ChargingPair pair = active.get(c.id().value());
            List<String> interventions = interventions(relink, c.userRef(), c.vendor());
            boolean linked = links.connected(c.vendor(), c.vendorDeviceId()).orElse(true);
            return new ChargerView(c, state, linked && interventions.isEmpty() && state.isReachableAt(now, reachableWithin),
                    pair == null ? null : pair.vehicleId(), interventions, taken.get(c.id().value()));
        });
    }

    private static List<String> interventions(Map<UserRef, Set<Vendor>> relink, UserRef userRef, Vendor vendor) {
        return relink.getOrDefault(userRef, Set.of()).contains(vendor) ? List.of(RelinkNeeds.interventionId(vendor)) : List.of();
    }
}
