package io.evpair.engine.catalog;

import io.evpair.engine.devices.DeviceDiscovered;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.devices.VehicleInformation;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.devices.Registered;
import io.evpair.engine.devices.Charger;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.pairs.PairActivations;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.users.User;
import io.evpair.engine.users.UserStore;
import io.evpair.engine.webhooks.EventOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Links vendor devices to a user, creating the user on first sight. Linking the same vendor device
 * again is idempotent and returns the device already stored; linking it for another user of the client
 * moves it there (a car sold within the same customer base), keeping its id.
 */
public class DeviceRegistration {
    private final DeviceStore devices;
    private final UserStore users;
    private final Transactions transactions;
    private final Clock clock;
    private final EventOutbox outbox;
    private final PairActivations pairs;

    public DeviceRegistration(DeviceStore devices, UserStore users, Transactions transactions, Clock clock,
                              EventOutbox outbox, PairActivations pairs) {
        this.outbox = outbox;
        this.pairs = pairs;
        this.devices = devices;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Registered<Vehicle> linkVehicle(ClientId clientId, String userId, Vendor vendor, String vendorDeviceId,
                                           VehicleInformation information, CommandCapabilities capabilities) {
        return transactions.inTransaction(() -> {
            User user = users.findOrCreate(clientId, userId);
            Vehicle candidate = new Vehicle(new VehicleId(UUID.randomUUID()), clientId, user.id(), userId, vendor, vendorDeviceId,
                    information, capabilities, now());
            Registered<Vehicle> stored = devices.insertVehicleIfAbsent(candidate);
            if (stored.created()) {
                outbox.publish(new DeviceDiscovered(clientId, userId, candidate.createdAt(), stored.device().id(),
                        vendor));
            }
            if (!stored.device().userRef().equals(user.id())) {
                moved(stored.device().id(), clientId, stored.device().userId(), user);
                return new Registered<>(devices.findVehicle(clientId, stored.device().id()).orElseThrow(), false);
            }
            return stored;
        });
    }

    public Registered<Charger> linkCharger(ClientId clientId, String userId, Vendor vendor, String vendorDeviceId,
                                           ChargerInformation information, CommandCapabilities capabilities,
                                           GeoPoint address) {
        return transactions.inTransaction(() -> {
            User user = users.findOrCreate(clientId, userId);
            Charger candidate = new Charger(new ChargerId(UUID.randomUUID()), clientId, user.id(), userId, vendor, vendorDeviceId,
                    information, capabilities, address, now());
            Registered<Charger> stored = devices.insertChargerIfAbsent(candidate);
            if (stored.created()) {
                outbox.publish(new DeviceDiscovered(clientId, userId, candidate.createdAt(), stored.device().id(),
                        vendor));
            }
            if (!stored.device().userRef().equals(user.id())) {
                moved(stored.device().id(), clientId, stored.device().userId(), user);
                return new Registered<>(devices.findCharger(clientId, stored.device().id()).orElseThrow(), false);
            }
            return stored;
        });
    }

    /**
     * A device the client links for another of its users moves to that user; its pair, decided from the former
     * household's evidence, ends as {@code DEVICE_MOVED}.
     */
    private void moved(DeviceId deviceId, ClientId clientId, String formerUserId, User to) {
        pairs.deviceMoved(deviceId, clientId, formerUserId, now());
        devices.moveToUser(deviceId, to.id());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
