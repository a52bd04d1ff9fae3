package io.evpair.engine.devices;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage port for linked vehicles and chargers. Every read is scoped to one API client. */
public interface DeviceStore {
    Optional<Vehicle> findVehicle(ClientId clientId, VehicleId vehicleId);

    Optional<Vehicle> findVehicleByVendorId(ClientId clientId, Vendor vendor, String vendorDeviceId);

    /** The client's vehicles, or one user's when {@code userRef} is given; newest first. */
    Page<Vehicle> vehicles(ClientId clientId, Optional<UserRef> userRef, PageRequest page);

    /** Inserts {@code candidate} unless the client already has that vendor device; returns what is stored. */
    Registered<Vehicle> insertVehicleIfAbsent(Vehicle candidate);

    Optional<Charger> findCharger(ClientId clientId, ChargerId chargerId);

    Optional<Charger> findChargerByVendorId(ClientId clientId, Vendor vendor, String vendorDeviceId);

    /** Our ids of a vendor's device, under every client that linked it (vendors push without knowing our clients). */
    List<UUID> idsByVendorId(DeviceType type, Vendor vendor, String vendorDeviceId);

    Page<Charger> chargers(ClientId clientId, Optional<UserRef> userRef, PageRequest page);

    Registered<Charger> insertChargerIfAbsent(Charger candidate);

    /** What the user's chargers can do between them: each command that at least one of them can. */
    CommandCapabilities chargerCapabilitiesOfUser(UserRef userRef);

    /** Moves a vehicle or charger to another user of the same client. */
    void moveToUser(DeviceId deviceId, UserRef userRef);

    /** Deletes those vehicles and chargers; their pairs go with them. */
    void delete(Collection<UUID> deviceIds);

    /** Who owns each of those devices that exist, vehicles and chargers alike. */
    Map<UUID, DeviceOwner> owners(Collection<UUID> deviceIds);

    /** The client's devices of one vendor and type by the vendor's ids, for those that exist. */
    Map<String, DeviceOwner> ownersByVendorId(ClientId clientId, Vendor vendor, DeviceType type,
                                              Collection<String> vendorDeviceIds);
}
