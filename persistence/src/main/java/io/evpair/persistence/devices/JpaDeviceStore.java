package io.evpair.persistence.devices;

import io.evpair.engine.devices.Charger;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.devices.Registered;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageCursor;
import io.evpair.engine.paging.PageRequest;
import io.evpair.persistence.paging.KeysetPaging;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JpaDeviceStore implements DeviceStore {
    private final VehicleRepository vehicles;
    private final ChargerRepository chargers;

    JpaDeviceStore(VehicleRepository vehicles, ChargerRepository chargers) {
        this.vehicles = vehicles;
        this.chargers = chargers;
    }

    @Override
    public Optional<Vehicle> findVehicle(UUID clientId, UUID vehicleId) {
        return vehicles.findOwned(clientId, vehicleId).map(VehicleEntity::toDomain);
    }

    @Override
    public Optional<Vehicle> findVehicleByVendorId(UUID clientId, String vendor, String vendorDeviceId) {
        return vehicles.findByVendorId(clientId, vendor, vendorDeviceId).map(VehicleEntity::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Vehicle> vehicles(UUID clientId, Optional<UUID> userRef, PageRequest page) {
        return KeysetPaging.read(vehicles, ownedBy(clientId, userRef), page, VehicleEntity::toDomain,
                v -> new PageCursor(v.createdAt(), v.id()));
    }

    @Override
    @Transactional
    public Registered<Vehicle> insertVehicleIfAbsent(Vehicle v) {
        CommandCapabilities can = v.capabilities();
        int inserted = vehicles.insertIfAbsent(v.id(), v.clientId(), v.userRef(), v.vendor(), v.vendorDeviceId(),
                v.information().vin(), v.information().brand(), v.information().model(), v.information().year(),
                v.information().displayName(), v.information().batteryCapacityKwh(), can.startCharging(),
                can.stopCharging(), can.setChargeRateLimit(), can.setMaxCurrent(), v.createdAt());
        Vehicle stored = findVehicleByVendorId(v.clientId(), v.vendor(), v.vendorDeviceId()).orElseThrow();
        return new Registered<>(stored, inserted == 1);
    }

    @Override
    public Optional<Charger> findCharger(UUID clientId, UUID chargerId) {
        return chargers.findOwned(clientId, chargerId).map(ChargerEntity::toDomain);
    }

    @Override
    public Optional<Charger> findChargerByVendorId(UUID clientId, String vendor, String vendorDeviceId) {
        return chargers.findByVendorId(clientId, vendor, vendorDeviceId).map(ChargerEntity::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Charger> chargers(UUID clientId, Optional<UUID> userRef, PageRequest page) {
        return KeysetPaging.read(chargers, ownedBy(clientId, userRef), page, ChargerEntity::toDomain,
                c -> new PageCursor(c.createdAt(), c.id()));
    }

    @Override
    @Transactional
    public Registered<Charger> insertChargerIfAbsent(Charger c) {
        CommandCapabilities can = c.capabilities();
        Double latitude = c.address() == null ? null : c.address().latitude();
        Double longitude = c.address() == null ? null : c.address().longitude();
        int inserted = chargers.insertIfAbsent(c.id(), c.clientId(), c.userRef(), c.vendor(), c.vendorDeviceId(),
                c.information().brand(), c.information().model(), c.information().year(),
                c.information().serialNumber(), latitude, longitude, can.startCharging(), can.stopCharging(),
                can.setChargeRateLimit(), can.setMaxCurrent(), c.createdAt());
        Charger stored = findChargerByVendorId(c.clientId(), c.vendor(), c.vendorDeviceId()).orElseThrow();
        return new Registered<>(stored, inserted == 1);
    }

    /** Scopes a listing to one client, and to one of its users when given; fetches the user in the same query. */
    private static <E> Specification<E> ownedBy(UUID clientId, Optional<UUID> userRef) {
        return (root, query, cb) -> {
            root.fetch("user");
            var clientMatches = cb.equal(root.get("clientId"), clientId);
            return userRef.map(ref -> cb.and(clientMatches, cb.equal(root.get("user").get("id"), ref)))
                    .orElse(clientMatches);
        };
    }
}
