package io.evpair.engine.testing;

import io.evpair.engine.devices.Charger;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.devices.Registered;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** Linked vehicles and chargers, scoped by client as the stored ones are. */
public final class InMemoryDevices implements DeviceStore {
    private final Shelf<Vehicle> vehicles = new Shelf<>(v -> new DeviceOwner(v.id().value(), DeviceType.VEHICLE,
            v.clientId(), v.userRef(), v.userId()), v -> v.vendor() + "/" + v.vendorDeviceId(), Vehicle::createdAt);
    private final Shelf<Charger> chargers = new Shelf<>(c -> new DeviceOwner(c.id().value(), DeviceType.CHARGER,
            c.clientId(), c.userRef(), c.userId()), c -> c.vendor() + "/" + c.vendorDeviceId(), Charger::createdAt);

    /** One kind of device: the port treats vehicles and chargers alike, and so does the fake. */
    private record Shelf<T>(Function<T, DeviceOwner> owner, Function<T, String> vendorKey,
                            Function<T, Instant> createdAt, Map<UUID, T> byId) {
        Shelf(Function<T, DeviceOwner> owner, Function<T, String> vendorKey, Function<T, Instant> createdAt) {
            this(owner, vendorKey, createdAt, new ConcurrentHashMap<>());
        }

        Optional<T> find(ClientId clientId, DeviceId id) {
            return Optional.ofNullable(byId.get(id.value())).filter(d -> owner.apply(d).clientId().equals(clientId));
        }

        Optional<T> findByVendorId(ClientId clientId, Vendor vendor, String vendorDeviceId) {
            return byId.values().stream().filter(d -> owner.apply(d).clientId().equals(clientId)
                    && vendorKey.apply(d).equals(vendor + "/" + vendorDeviceId)).findFirst();
        }

        Page<T> page(ClientId clientId, Optional<UserRef> userRef, PageRequest page) {
            return Pages.first(byId.values().stream().filter(d -> owner.apply(d).clientId().equals(clientId)
                            && userRef.map(owner.apply(d).userRef()::equals).orElse(true)).toList(),
                    Comparator.comparing(createdAt).reversed(), page);
        }

        synchronized Registered<T> insertIfAbsent(T candidate) {
            ClientId clientId = owner.apply(candidate).clientId();
            Optional<T> stored = byId.values().stream().filter(d -> owner.apply(d).clientId().equals(clientId)
                    && vendorKey.apply(d).equals(vendorKey.apply(candidate))).findFirst();
            if (stored.isPresent()) {
                return new Registered<>(stored.get(), false);
            }
            byId.put(owner.apply(candidate).deviceId(), candidate);
            return new Registered<>(candidate, true);
        }

        List<UUID> idsByVendorId(Vendor vendor, String vendorDeviceId) {
            return byId.values().stream().filter(d -> vendorKey.apply(d).equals(vendor + "/" + vendorDeviceId))
                    .map(d -> owner.apply(d).deviceId()).toList();
        }

        Optional<DeviceOwner> ownerOf(UUID id) {
            return Optional.ofNullable(byId.get(id)).map(owner);
        }
    }

    @Override
    public Optional<Vehicle> findVehicle(ClientId clientId, VehicleId vehicleId) {
        return vehicles.find(clientId, vehicleId);
    }

    @Override
    public Optional<Vehicle> findVehicleByVendorId(ClientId clientId, Vendor vendor, String vendorDeviceId) {
        return vehicles.findByVendorId(clientId, vendor, vendorDeviceId);
    }

    @Override
    public Page<Vehicle> vehicles(ClientId clientId, Optional<UserRef> userRef, PageRequest page) {
        return vehicles.page(clientId, userRef, page);
    }

    @Override
    public Registered<Vehicle> insertVehicleIfAbsent(Vehicle candidate) {
        return vehicles.insertIfAbsent(candidate);
    }

    @Override
    public Optional<Charger> findCharger(ClientId clientId, ChargerId chargerId) {
        return chargers.find(clientId, chargerId);
    }

    @Override
    public Optional<Charger> findChargerByVendorId(ClientId clientId, Vendor vendor, String vendorDeviceId) {
        return chargers.findByVendorId(clientId, vendor, vendorDeviceId);
    }

    @Override
    public List<UUID> idsByVendorId(DeviceType type, Vendor vendor, String vendorDeviceId) {
        return (type == DeviceType.VEHICLE ? vehicles : chargers).idsByVendorId(vendor, vendorDeviceId);
    }

    @Override
    public Page<Charger> chargers(ClientId clientId, Optional<UserRef> userRef, PageRequest page) {
        return chargers.page(clientId, userRef, page);
    }

    @Override
    public Registered<Charger> insertChargerIfAbsent(Charger candidate) {
        return chargers.insertIfAbsent(candidate);
    }

    @Override
    public CommandCapabilities chargerCapabilitiesOfUser(UserRef userRef) {
        Predicate<Predicate<CommandCapabilities>> any = can -> chargers.byId().values().stream()
                .filter(c -> c.userRef().equals(userRef)).map(Charger::capabilities).anyMatch(can);
        return new CommandCapabilities(any.test(CommandCapabilities::startCharging), any.test(CommandCapabilities::stopCharging),
                any.test(CommandCapabilities::setChargeRateLimit), any.test(CommandCapabilities::setMaxCurrent));
    }

    @Override
    public void moveToUser(DeviceId deviceId, UserRef userRef) {
        throw new UnsupportedOperationException("moving devices between users is the persistence module's rule today");
    }

    @Override
    public void delete(Collection<UUID> deviceIds) {
        deviceIds.forEach(id -> {
            vehicles.byId().remove(id);
            chargers.byId().remove(id);
        });
    }

    @Override
    public Map<UUID, DeviceOwner> owners(Collection<UUID> deviceIds) {
        Map<UUID, DeviceOwner> out = new HashMap<>();
        for (UUID id : deviceIds) {
            vehicles.ownerOf(id).or(() -> chargers.ownerOf(id)).ifPresent(o -> out.put(id, o));
        }
        return out;
    }

    @Override
    public Map<String, DeviceOwner> ownersByVendorId(ClientId clientId, Vendor vendor, DeviceType type,
                                                     Collection<String> vendorDeviceIds) {
        Map<String, DeviceOwner> out = new HashMap<>();
        for (String vendorId : vendorDeviceIds) {
            Optional<DeviceOwner> owner = type == DeviceType.VEHICLE
                    ? vehicles.findByVendorId(clientId, vendor, vendorId).map(vehicles.owner())
                    : chargers.findByVendorId(clientId, vendor, vendorId).map(chargers.owner());
            owner.ifPresent(o -> out.put(vendorId, o));
        }
        return out;
    }
}
