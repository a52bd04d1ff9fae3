package io.evpair.engine.actions;

import io.evpair.engine.clients.ApiClientStore;
import io.evpair.engine.clients.ClientFeatures;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.devices.Charger;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceRef;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.pairs.ChargingPair;
import io.evpair.engine.pairs.PairStore;
import io.evpair.engine.paging.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What routing needs to know of the devices an action names: whose they are, what they can do, how to reach them. */
final class ActionTargets {
    private static final int MAX_CHARGERS = 1000;

    private final DeviceStore devices;
    private final PairStore pairs;
    private final ApiClientStore clients;

    ActionTargets(DeviceStore devices, PairStore pairs, ApiClientStore clients) {
        this.devices = devices;
        this.pairs = pairs;
        this.clients = clients;
    }

    record Target(UUID id, DeviceType type, ClientId clientId, UserRef userRef, String userId, CommandCapabilities capabilities) {
        DeviceRef ref() {
            return new DeviceRef(id, type);
        }
    }

    Optional<Target> find(ClientId clientId, DeviceType type, UUID id) {
        if (type == DeviceType.VEHICLE) {
            return devices.findVehicle(clientId, new VehicleId(id))
                    .map(v -> new Target(v.id().value(), DeviceType.VEHICLE, clientId, v.userRef(), v.userId(), v.capabilities()));
        }
        return devices.findCharger(clientId, new ChargerId(id))
                .map(c -> new Target(c.id().value(), DeviceType.CHARGER, clientId, c.userRef(), c.userId(), c.capabilities()));
    }

    Route route(Target target, ActionKind kind) {
        return CommandRouter.route(facts(target, kind));
    }

    Optional<DeviceAddress> address(ChargeAction action) {
        if (action.executorType() == DeviceType.VEHICLE) {
            return devices.findVehicle(action.clientId(), new VehicleId(action.executorId()))
                    .map(v -> new DeviceAddress(v.id().value(), DeviceType.VEHICLE, v.vendor(), v.vendorDeviceId()));
        }
        return devices.findCharger(action.clientId(), new ChargerId(action.executorId()))
                .map(c -> new DeviceAddress(c.id().value(), DeviceType.CHARGER, c.vendor(), c.vendorDeviceId()));
    }

    private RoutingFacts facts(Target target, ActionKind kind) {
        ClientFeatures features = clients.findById(target.clientId()).map(c -> c.features()).orElse(ClientFeatures.DEFAULTS);
        if (target.type() == DeviceType.CHARGER) {
            return new RoutingFacts(target.id(), DeviceType.CHARGER, kind, features, can(target.capabilities(), kind),
                    null, false, false);
        }
        Optional<ChargingPair> active = pairs.activeOfDevice(new VehicleId(target.id())).filter(p -> p.vehicleId().value().equals(target.id()));
        List<Charger> chargers = devices.chargers(target.clientId(), Optional.of(target.userRef()),
                PageRequest.first(MAX_CHARGERS)).items();
        boolean activatedCan = active.flatMap(p -> chargers.stream().filter(c -> c.id().equals(p.chargerId())).findFirst())
                .map(c -> can(c.capabilities(), kind)).orElse(false);
        return new RoutingFacts(target.id(), DeviceType.VEHICLE, kind, features, can(target.capabilities(), kind),
                active.map(p -> p.chargerId().value()).orElse(null), activatedCan,
                chargers.stream().anyMatch(c -> can(c.capabilities(), kind)));
    }

    static boolean can(CommandCapabilities c, ActionKind kind) {
        return switch (kind) {
            case START -> c.startCharging();
            case STOP -> c.stopCharging();
            case SET_MAX_CURRENT -> c.setMaxCurrent();
            case SET_CHARGE_RATE_LIMIT -> c.setChargeRateLimit();
        };
    }

    static String kindOfDevice(DeviceType type) {
        return type == DeviceType.VEHICLE ? "vehicle" : "charger";
    }
}
