package io.evpair.engine.devices;

import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import io.evpair.engine.users.UserStore;
import java.util.Optional;
import java.util.UUID;

/** Read use cases on a client's devices. An unknown user reads as an empty listing, never as someone else's. */
public class DeviceCatalog {
    private final DeviceStore devices;
    private final UserStore users;

    public DeviceCatalog(DeviceStore devices, UserStore users) {
        this.devices = devices;
        this.users = users;
    }

    public Optional<Vehicle> vehicle(UUID clientId, UUID vehicleId) {
        return devices.findVehicle(clientId, vehicleId);
    }

    public Page<Vehicle> vehicles(UUID clientId, PageRequest page) {
        return devices.vehicles(clientId, Optional.empty(), page);
    }

    /** Empty when the client has no such user. */
    public Optional<Page<Vehicle>> vehiclesOfUser(UUID clientId, String userId, PageRequest page) {
        return users.find(clientId, userId).map(user -> devices.vehicles(clientId, Optional.of(user.id()), page));
    }

    public Optional<Charger> charger(UUID clientId, UUID chargerId) {
        return devices.findCharger(clientId, chargerId);
    }

    public Page<Charger> chargers(UUID clientId, PageRequest page) {
        return devices.chargers(clientId, Optional.empty(), page);
    }

    public Optional<Page<Charger>> chargersOfUser(UUID clientId, String userId, PageRequest page) {
        return users.find(clientId, userId).map(user -> devices.chargers(clientId, Optional.of(user.id()), page));
    }
}
