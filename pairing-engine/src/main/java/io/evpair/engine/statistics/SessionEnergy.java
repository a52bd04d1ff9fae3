package io.evpair.engine.statistics;

import io.evpair.engine.observations.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The energy and power figures of a device's readings over a session. With a cumulative energy register
 * (OCPP meters) the energy is its rise; otherwise each reported rate holds until the next reading, which is
 * how a device that reports on change describes its power.
 */
final class SessionEnergy {
    private SessionEnergy() {
    }

    record Figures(double kwh, Double kwMin, Double kwMax, Double kwMean) {
    }

    static Figures of(List<Observation> readings, Instant from, Instant to) {
        List<Observation> sorted = readings.stream().sorted(Comparator.comparing(Observation::observedAt)).toList();
        Double firstMeter = null;
        Double lastMeter = null;
        double integratedKwh = 0;
        double weightedKw = 0;
        double chargingHours = 0;
        Double min = null;
        Double max = null;
        for (int i = 0; i < sorted.size(); i++) {
            Observation o = sorted.get(i);
            if (o.meterKwh() != null) {
                firstMeter = firstMeter == null ? o.meterKwh() : firstMeter;
                lastMeter = o.meterKwh();
            }
            Double kw = o.chargeRateKw();
            if (kw == null || Boolean.FALSE.equals(o.charging())) {
                continue;
            }
            Instant start = o.observedAt().isBefore(from) ? from : o.observedAt();
            Instant end = i + 1 < sorted.size() ? sorted.get(i + 1).observedAt() : to;
            end = end.isAfter(to) ? to : end;
            double hours = Math.max(0, Duration.between(start, end).toMillis() / 3_600_000.0);
            integratedKwh += kw * hours;
            if (kw > 0) {
                weightedKw += kw * hours;
                chargingHours += hours;
                min = min == null ? kw : Math.min(min, kw);
                max = max == null ? kw : Math.max(max, kw);
            }
        }
        double kwh = firstMeter != null && lastMeter != null && lastMeter > firstMeter ? lastMeter - firstMeter : integratedKwh;
        Double mean = chargingHours > 0 ? weightedKw / chargingHours : null;
        return new Figures(round(kwh), min, max, mean == null ? null : round(mean));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
