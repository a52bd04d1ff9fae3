package io.evpair.engine.devices;

import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage port for linked vehicles and chargers. Every read is scoped to one API client. */
public interface DeviceStore {
    Optional<Vehicle> findVehicle(UUID clientId, UUID vehicleId);

    Optional<Vehicle> findVehicleByVendorId(UUID clientId, String vendor, String vendorDeviceId);

    /** The client's vehicles, or one user's when {@code userRef} is given; newest first. */
    Page<Vehicle> vehicles(UUID clientId, Optional<UUID> userRef, PageRequest page);

    /** Inserts {@code candidate} unless the client already has that vendor device; returns what is stored. */
    Registered<Vehicle> insertVehicleIfAbsent(Vehicle candidate);

    Optional<Charger> findCharger(UUID clientId, UUID chargerId);

    Optional<Charger> findChargerByVendorId(UUID clientId, String vendor, String vendorDeviceId);

    /** Our ids of a vendor's device, under every client that linked it (vendors push without knowing our clients). */
    List<UUID> idsByVendorId(DeviceType type, String vendor, String vendorDeviceId);

    Page<Charger> chargers(UUID clientId, Optional<UUID> userRef, PageRequest page);

    Registered<Charger> insertChargerIfAbsent(Charger candidate);

    /** What the user's chargers can do between them: each command that at least one of them can. */
    CommandCapabilities chargerCapabilitiesOfUser(UUID userRef);

    /** Moves a vehicle or charger to another user of the same client. */
    void moveToUser(UUID deviceId, UUID userRef);

    /** Deletes those vehicles and chargers; their pairs go with them. */
    void delete(Collection<UUID> deviceIds);

    /** Who owns each of those devices that exist, vehicles and chargers alike. */
    Map<UUID, DeviceOwner> owners(Collection<UUID> deviceIds);

    /** The client's devices of one vendor and type by the vendor's ids, for those that exist. */
    Map<String, DeviceOwner> ownersByVendorId(UUID clientId, String vendor, DeviceType type,
                                              Collection<String> vendorDeviceIds);
}
