package io.evpair.engine.devices;

import io.evpair.engine.pairs.ChargingPair;
import io.evpair.engine.pairs.PairStore;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import io.evpair.engine.time.EngineTime;
import io.evpair.engine.users.UserStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Read use cases on a client's devices, with their live state and activated pair. A device is reachable while it has been
 * heard from within {@code reachableWithin} of the engine's now. An unknown user reads as an empty
 * listing, never as someone else's.
 */
public class DeviceCatalog {
    private final DeviceStore devices;
    private final UserStore users;
    private final DeviceStateStore states;
    private final EngineTime time;
    private final Duration reachableWithin;
    private final PairStore pairs;

    public DeviceCatalog(DeviceStore devices, UserStore users, DeviceStateStore states, EngineTime time,
                         Duration reachableWithin, PairStore pairs) {
        this.pairs = pairs;
        this.devices = devices;
        this.users = users;
        this.states = states;
        this.time = time;
        this.reachableWithin = reachableWithin;
    }

    public Optional<VehicleView> vehicle(UUID clientId, UUID vehicleId) {
        return devices.findVehicle(clientId, vehicleId).map(v -> vehicleViews(clientId, Page.single(v)).items().get(0));
    }

    public Page<VehicleView> vehicles(UUID clientId, PageRequest page) {
        return vehicleViews(clientId, devices.vehicles(clientId, Optional.empty(), page));
    }

    /** Empty when the client has no such user. */
    public Optional<Page<VehicleView>> vehiclesOfUser(UUID clientId, String userId, PageRequest page) {
        return users.find(clientId, userId)
                .map(user -> vehicleViews(clientId, devices.vehicles(clientId, Optional.of(user.id()), page)));
    }

    public Optional<ChargerView> charger(UUID clientId, UUID chargerId) {
        return devices.findCharger(clientId, chargerId).map(c -> chargerViews(clientId, Page.single(c)).items().get(0));
    }

    public Page<ChargerView> chargers(UUID clientId, PageRequest page) {
        return chargerViews(clientId, devices.chargers(clientId, Optional.empty(), page));
    }

    public Optional<Page<ChargerView>> chargersOfUser(UUID clientId, String userId, PageRequest page) {
        return users.find(clientId, userId)
                .map(user -> chargerViews(clientId, devices.chargers(clientId, Optional.of(user.id()), page)));
    }

    private Page<VehicleView> vehicleViews(UUID clientId, Page<Vehicle> page) {
        List<UUID> ids = page.items().stream().map(Vehicle::id).toList();
        Map<UUID, DeviceState> loaded = states.load(ids);
        Map<UUID, ChargingPair> active = pairs.activeOfDevices(ids);
        Instant now = time.now(clientId);
        return page.map(v -> {
            DeviceState state = loaded.getOrDefault(v.id(), DeviceState.unknown(v.id(), DeviceType.VEHICLE));
            ChargingPair pair = active.get(v.id());
            return new VehicleView(v, state, state.isReachableAt(now, reachableWithin), pair == null ? null : pair.chargerId());
        });
    }

    private Page<ChargerView> chargerViews(UUID clientId, Page<Charger> page) {
        List<UUID> ids = page.items().stream().map(Charger::id).toList();
        Map<UUID, DeviceState> loaded = states.load(ids);
        Map<UUID, ChargingPair> active = pairs.activeOfDevices(ids);
        Instant now = time.now(clientId);
        return page.map(c -> {
            DeviceState state = loaded.getOrDefault(c.id(), DeviceState.unknown(c.id(), DeviceType.CHARGER));
            ChargingPair pair = active.get(c.id());
            return new ChargerView(c, state, state.isReachableAt(now, reachableWithin), pair == null ? null : pair.vehicleId());
        });
    }
}
