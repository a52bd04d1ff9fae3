package io.evpair.engine.devices;

import io.evpair.engine.observations.Observation;
import java.time.Duration;
import java.util.List;

/**
 * A vehicle's charge rate estimated from its battery level rising, for vehicles that report no rate:
 * the gain between the two readings furthest apart in the window, times the battery's capacity.
 */
public final class ChargeRateEstimate {
    /** Below this the percentage steps of a battery gauge make the estimate meaningless. */
    private static final Duration SHORTEST_SPAN = Duration.ofMinutes(10);

    private ChargeRateEstimate() {
    }

    /** Null when it cannot be estimated; readings in any order. */
    public static Double kilowatts(List<Observation> readings, Double capacityKwh) {
        if (capacityKwh == null) {
            return null;
        }
        Observation first = null;
        Observation last = null;
        for (Observation o : readings) {
            if (o.batteryLevel() == null) {
                continue;
            }
            if (first == null || o.observedAt().isBefore(first.observedAt())) {
                first = o;
            }
            if (last == null || o.observedAt().isAfter(last.observedAt())) {
                last = o;
            }
        }
        if (first == null || Duration.between(first.observedAt(), last.observedAt()).compareTo(SHORTEST_SPAN) < 0) {
            return null;
        }
        double hours = Duration.between(first.observedAt(), last.observedAt()).toSeconds() / 3600.0;
        double gainKwh = (last.batteryLevel() - first.batteryLevel()) / 100 * capacityKwh;
        return gainKwh <= 0 ? null : Math.round(gainKwh / hours * 100) / 100.0;
    }
}
