package io.evpair.api.vehicles;

import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.devices.DeviceState;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.devices.VehicleView;
import java.util.ArrayList;
import java.util.List;

/** Renders domain vehicles in the Enode shape. */
public final class VehicleResponses {
    private VehicleResponses() {
    }

    public static VehicleResponse of(VehicleView view) {
        Vehicle v = view.vehicle();
        DeviceState s = view.state();
        CommandCapabilities can = view.capabilities();
        var info = v.information();
        Double capacity = info.batteryCapacityKwh();
        List<String> blocked = view.interventionIds();
        return new VehicleResponse(
                v.id().value(), v.userId(), v.vendor().name(), s.lastSeen(), view.reachable(),
                new VehicleResponse.Information(info.vin(), info.brand(), info.model(), info.year(), info.displayName()),
                new VehicleResponse.ChargeState(s.batteryLevel(), null, s.pluggedIn(), s.charging(),
                        s.batteryLevel() == null ? null : s.batteryLevel() >= 100, capacity, null, view.chargeRateKw(),
                        minutesToFull(s, view.chargeRateKw(), capacity), s.lastUpdated(), null, s.powerDeliveryState().wireName(),
                        view.pluggedInChargerId() == null ? null : view.pluggedInChargerId().value()),
                new VehicleResponse.Location(null, view.location() == null ? null : view.location().latitude(),
                        view.location() == null ? null : view.location().longitude(), view.locationUpdatedAt()),
                new VehicleResponse.Odometer(null, null),
                new VehicleResponse.Capabilities(Capability.of(true, blocked), Capability.of(true, blocked),
                        Capability.of(true, blocked), Capability.INCAPABLE, Capability.of(can.setMaxCurrent(), blocked),
                        Capability.of(can.startCharging(), blocked), Capability.of(can.stopCharging(), blocked),
                        Capability.of(can.setChargeRateLimit(), blocked), Capability.INCAPABLE),
                scopes(can));
    }

    /** At the present rate, ignoring the taper near full: what a driver asks "how long still?". */
    private static Double minutesToFull(DeviceState s, Double rateKw, Double capacityKwh) {
        if (!Boolean.TRUE.equals(s.charging()) || rateKw == null || rateKw <= 0
                || s.batteryLevel() == null || capacityKwh == null) {
            return null;
        }
        double missingKwh = Math.max(0, 100 - s.batteryLevel()) / 100 * capacityKwh;
        return (double) Math.round(missingKwh / rateKw * 60);
    }

    private static List<String> scopes(CommandCapabilities can) {
        List<String> scopes = new ArrayList<>(List.of("vehicle:read:data", "vehicle:read:location"));
        if (can.startCharging() || can.stopCharging() || can.setChargeRateLimit() || can.setMaxCurrent()) {
            scopes.add("vehicle:control:charging");
        }
        return scopes;
    }
}
