package io.evpair.engine.catalog;

import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.devices.VehicleInformation;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.devices.Registered;
import io.evpair.engine.devices.Charger;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.users.User;
import io.evpair.engine.users.UserStore;
import io.evpair.engine.webhooks.EventOutbox;
import io.evpair.engine.webhooks.WebhookEvent;
import io.evpair.engine.webhooks.WebhookEvents;
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

    public DeviceRegistration(DeviceStore devices, UserStore users, Transactions transactions, Clock clock,
                              EventOutbox outbox) {
        this.outbox = outbox;
        this.devices = devices;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Registered<Vehicle> linkVehicle(UUID clientId, String userId, String vendor, String vendorDeviceId,
                                           VehicleInformation information, CommandCapabilities capabilities) {
        return transactions.inTransaction(() -> {
            User user = users.findOrCreate(clientId, userId);
            Vehicle candidate = new Vehicle(UUID.randomUUID(), clientId, user.id(), userId, vendor, vendorDeviceId,
                    information, capabilities, now());
            Registered<Vehicle> stored = devices.insertVehicleIfAbsent(candidate);
            if (stored.created()) {
                outbox.publish(new WebhookEvent(WebhookEvents.VEHICLE_DISCOVERED, clientId, userId, candidate.createdAt(),
                        Map.of("vehicleId", stored.device().id().toString(), "vendor", vendor)));
            }
            if (!stored.device().userRef().equals(user.id())) {
                devices.moveToUser(stored.device().id(), user.id());
                return new Registered<>(devices.findVehicle(clientId, stored.device().id()).orElseThrow(), false);
            }
            return stored;
        });
    }

    public Registered<Charger> linkCharger(UUID clientId, String userId, String vendor, String vendorDeviceId,
                                           ChargerInformation information, CommandCapabilities capabilities,
                                           GeoPoint address) {
        return transactions.inTransaction(() -> {
            User user = users.findOrCreate(clientId, userId);
            Charger candidate = new Charger(UUID.randomUUID(), clientId, user.id(), userId, vendor, vendorDeviceId,
                    information, capabilities, address, now());
            Registered<Charger> stored = devices.insertChargerIfAbsent(candidate);
            if (stored.created()) {
                outbox.publish(new WebhookEvent(WebhookEvents.CHARGER_DISCOVERED, clientId, userId, candidate.createdAt(),
                        Map.of("chargerId", stored.device().id().toString(), "vendor", vendor)));
            }
            if (!stored.device().userRef().equals(user.id())) {
                devices.moveToUser(stored.device().id(), user.id());
                return new Registered<>(devices.findCharger(clientId, stored.device().id()).orElseThrow(), false);
            }
            return stored;
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
