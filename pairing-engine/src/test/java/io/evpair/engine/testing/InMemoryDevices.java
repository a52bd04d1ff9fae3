package io.evpair.engine.testing;

import io.evpair.engine.devices.Charger;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.devices.DeviceOwner;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.devices.DeviceType;
import io.evpair.engine.devices.Registered;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Linked vehicles and chargers, scoped by client as the stored ones are. */
public final class InMemoryDevices implements DeviceStore {
    private final Map<UUID, Vehicle> vehicles = new ConcurrentHashMap<>();
    private final Map<UUID, Charger> chargers = new ConcurrentHashMap<>();

    @Override
    public Optional<Vehicle> findVehicle(UUID clientId, UUID vehicleId) {
        return Optional.ofNullable(vehicles.get(vehicleId)).filter(v -> v.clientId().equals(clientId));
    }

    @Override
    public Optional<Vehicle> findVehicleByVendorId(UUID clientId, String vendor, String vendorDeviceId) {
        return vehicles.values().stream().filter(v -> v.clientId().equals(clientId) && v.vendor().equals(vendor)
                && v.vendorDeviceId().equals(vendorDeviceId)).findFirst();
    }

    @Override
    public Page<Vehicle> vehicles(UUID clientId, Optional<UUID> userRef, PageRequest page) {
        return Pages.first(vehicles.values().stream().filter(v -> v.clientId().equals(clientId)
                        && userRef.map(v.userRef()::equals).orElse(true)).toList(),
                Comparator.comparing(Vehicle::createdAt).reversed(), page);
    }

    @Override
    public Registered<Vehicle> insertVehicleIfAbsent(Vehicle candidate) {
        return findVehicleByVendorId(candidate.clientId(), candidate.vendor(), candidate.vendorDeviceId())
                .map(v -> new Registered<>(v, false))
                .orElseGet(() -> {
                    vehicles.put(candidate.id(), candidate);
                    return new Registered<>(candidate, true);
                });
    }

    @Override
    public Optional<Charger> findCharger(UUID clientId, UUID chargerId) {
        return Optional.ofNullable(chargers.get(chargerId)).filter(c -> c.clientId().equals(clientId));
    }

    @Override
    public Optional<Charger> findChargerByVendorId(UUID clientId, String vendor, String vendorDeviceId) {
        return chargers.values().stream().filter(c -> c.clientId().equals(clientId) && c.vendor().equals(vendor)
                && c.vendorDeviceId().equals(vendorDeviceId)).findFirst();
    }

    @Override
    public Page<Charger> chargers(UUID clientId, Optional<UUID> userRef, PageRequest page) {
        return Pages.first(chargers.values().stream().filter(c -> c.clientId().equals(clientId)
                        && userRef.map(c.userRef()::equals).orElse(true)).toList(),
                Comparator.comparing(Charger::createdAt).reversed(), page);
    }

    @Override
    public Registered<Charger> insertChargerIfAbsent(Charger candidate) {
        return findChargerByVendorId(candidate.clientId(), candidate.vendor(), candidate.vendorDeviceId())
                .map(c -> new Registered<>(c, false))
                .orElseGet(() -> {
                    chargers.put(candidate.id(), candidate);
                    return new Registered<>(candidate, true);
                });
    }

    @Override
    public CommandCapabilities chargerCapabilitiesOfUser(UUID userRef) {
        Predicate<Predicate<CommandCapabilities>> any = can -> chargers.values().stream()
                .filter(c -> c.userRef().equals(userRef)).map(Charger::capabilities).anyMatch(can);
        return new CommandCapabilities(any.test(CommandCapabilities::startCharging), any.test(CommandCapabilities::stopCharging),
                any.test(CommandCapabilities::setChargeRateLimit), any.test(CommandCapabilities::setMaxCurrent));
    }

    @Override
    public void moveToUser(UUID deviceId, UUID userRef) {
        throw new UnsupportedOperationException("moving devices between users is the persistence module's rule today");
    }

    @Override
    public void delete(Collection<UUID> deviceIds) {
        deviceIds.forEach(id -> {
            vehicles.remove(id);
            chargers.remove(id);
        });
    }

    @Override
    public Map<UUID, DeviceOwner> owners(Collection<UUID> deviceIds) {
        Map<UUID, DeviceOwner> out = new HashMap<>();
        for (UUID id : deviceIds) {
            Vehicle v = vehicles.get(id);
            Charger c = chargers.get(id);
            if (v != null) {
                out.put(id, new DeviceOwner(id, DeviceType.VEHICLE, v.clientId(), v.userRef(), v.userId()));
            } else if (c != null) {
                out.put(id, new DeviceOwner(id, DeviceType.CHARGER, c.clientId(), c.userRef(), c.userId()));
            }
        }
        return out;
    }

    @Override
    public Map<String, DeviceOwner> ownersByVendorId(UUID clientId, String vendor, DeviceType type,
                                                     Collection<String> vendorDeviceIds) {
        Map<String, DeviceOwner> out = new HashMap<>();
        for (String vendorId : vendorDeviceIds) {
            if (type == DeviceType.VEHICLE) {
                findVehicleByVendorId(clientId, vendor, vendorId).ifPresent(v -> out.put(vendorId,
                        new DeviceOwner(v.id(), type, clientId, v.userRef(), v.userId())));
            } else {
                findChargerByVendorId(clientId, vendor, vendorId).ifPresent(c -> out.put(vendorId,
                        new DeviceOwner(c.id(), type, clientId, c.userRef(), c.userId())));
            }
        }
        return out;
    }
}
