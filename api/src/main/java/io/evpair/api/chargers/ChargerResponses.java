package io.evpair.api.chargers;

import io.evpair.api.vehicles.Capability;
import io.evpair.engine.devices.Charger;
import io.evpair.engine.devices.ChargerView;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.devices.DeviceState;
import java.util.ArrayList;
import java.util.List;

/** Renders domain chargers in the Enode shape. */
public final class ChargerResponses {
    private ChargerResponses() {
    }

    public static ChargerResponse of(ChargerView view) {
        Charger c = view.charger();
        DeviceState s = view.state();
        CommandCapabilities can = c.capabilities();
        var info = c.information();
        var address = c.address();
        List<String> blocked = view.interventionIds();
        return new ChargerResponse(
                c.id().value(), c.userId(), c.vendor().name(), s.lastSeen(), view.reachable(),
                new ChargerResponse.Information(info.brand(), info.model(), info.year(), info.serialNumber()),
                new ChargerResponse.ChargeState(s.pluggedIn(), s.charging(), s.chargeRateKw(), s.lastUpdated(),
                        view.limits().maxCurrent(), view.limits().chargeRateLimit(), s.powerDeliveryState().wireName(),
                        view.pluggedInVehicleId() == null ? null : view.pluggedInVehicleId().value()),
                new ChargerResponse.Location(null, address == null ? null : address.latitude(),
                        address == null ? null : address.longitude(), address == null ? null : c.createdAt()),
                new ChargerResponse.Capabilities(Capability.of(true, blocked), Capability.of(true, blocked),
                        Capability.of(can.startCharging(), blocked), Capability.of(can.stopCharging(), blocked),
                        Capability.of(can.setMaxCurrent(), blocked), Capability.of(can.setChargeRateLimit(), blocked)),
                scopes(can));
    }

    private static List<String> scopes(CommandCapabilities can) {
        List<String> scopes = new ArrayList<>(List.of("charger:read:data"));
        if (can.startCharging() || can.stopCharging() || can.setChargeRateLimit() || can.setMaxCurrent()) {
            scopes.add("charger:control:charging");
        }
        return scopes;
    }
}
