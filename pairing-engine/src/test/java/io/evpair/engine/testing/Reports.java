package io.evpair.engine.testing;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.observations.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Observations as the simulated vendor reports them, at minutes after {@link EngineFixture#T0}: a charger is
 * received five seconds after it observed, a vehicle a minute and five seconds after (its cloud is slower).
 */
public final class Reports {
    private Reports() {
    }

    public static Instant at(double minute) {
        return EngineFixture.T0.plusMillis(Math.round(minute * 60_000));
    }

    public static Observation charger(ChargerId id, double minute, boolean plugged, boolean charging, double kw) {
        return new Observation(id.value(), DeviceType.CHARGER, at(minute), at(minute).plusSeconds(5), plugged, charging, kw,
                null, null, null);
    }

    public static Observation vehicle(VehicleId id, double minute, boolean plugged, boolean charging, double kw,
                                      Double batteryLevel) {
        return new Observation(id.value(), DeviceType.VEHICLE, at(minute), at(minute + 1).plusSeconds(5), plugged, charging, kw,
                batteryLevel, null, null);
    }

    /**
     * Both plugged in at {@code from}, charging from the next minute until {@code to}, reported every two minutes:
     * the evidence the engine pairs on (the app's Simulation.plugInAndCharge sends the same).
     */
    public static List<Observation> plugInAndCharge(VehicleId vehicle, ChargerId charger, int from, int to) {
        List<Observation> out = new ArrayList<>();
        for (int minute = from; minute <= to; minute += 2) {
            boolean charging = minute >= from + 1;
            out.add(charger(charger, minute, true, charging, charging ? 7.2 : 0.0));
            out.add(vehicle(vehicle, minute, true, charging, charging ? 6.5 : 0.0, 40.0 + minute * 0.17));
        }
        return out;
    }

    /** Both report unplugged at {@code minute}. */
    public static List<Observation> unplug(VehicleId vehicle, ChargerId charger, int minute) {
        return List.of(charger(charger, minute, false, false, 0.0), vehicle(vehicle, minute, false, false, 0.0, 50.0));
    }
}
