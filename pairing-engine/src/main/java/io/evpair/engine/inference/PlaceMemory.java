package io.evpair.engine.inference;

import io.evpair.engine.observations.GeoPoint;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Where a household's cars stay, learned from their GPS: the usual place (where the cars spend the night,
 * which is where home chargers are) and, per charger, where cars stood while paired with it. Both are small
 * fixed-size summaries, so memory does not grow with time.
 */
final class PlaceMemory {
    /** A parked car's GPS wanders a few tens of metres; 150 m keeps one driveway one place. */
    static final double SAME_PLACE_M = 150;
    private static final int PLACES = 6;
    private static final long MAX_DWELL_CREDIT_MS = 6 * 3_600_000L;
    /** Nights count more: where a car sleeps is its home. Local solar time, so no time zone is needed. */
    private static final double NIGHT_WEIGHT = 3.0;
    /** The usual place needs at least this much weighted dwell and a clear lead over the runner-up. */
    private static final double ESTABLISHED_HOURS = 12;
    private static final double LEAD_FACTOR = 1.5;
    /** Positions recorded with a charger before its place is trusted. */
    private static final int CHARGER_PLACE_SAMPLES = 3;

    private final double[] lat = new double[PLACES];
    private final double[] lon = new double[PLACES];
    private final double[] dwellHours = new double[PLACES];
    private int places;
    private final Map<UUID, Fix> lastFix = new HashMap<>();
    private final Map<UUID, ChargerPlace> chargerPlaces = new HashMap<>();

    private record Fix(GeoPoint point, long at) {
    }

    private static final class ChargerPlace {
        double lat;
        double lon;
        int samples;
    }

    void vehicleAt(UUID vehicleId, GeoPoint point, long at) {
        Fix previous = lastFix.put(vehicleId, new Fix(point, at));
        if (previous == null || at <= previous.at || previous.point.metresTo(point) > SAME_PLACE_M) {
            return;
        }
        long credit = Math.min(at - previous.at, MAX_DWELL_CREDIT_MS);
        double hours = credit / 3_600_000.0 * nightWeight(previous.at, point.longitude());
        int i = nearest(point);
        if (i < 0) {
            i = places < PLACES ? places++ : weakest();
            lat[i] = point.latitude();
            lon[i] = point.longitude();
            dwellHours[i] = 0;
        }
        double w = dwellHours[i] + hours;
        lat[i] += (point.latitude() - lat[i]) * hours / w;
        lon[i] += (point.longitude() - lon[i]) * hours / w;
        dwellHours[i] = w;
    }

    private static double nightWeight(long at, double longitude) {
        double solarHour = ((at / 3_600_000.0) + longitude / 15.0) % 24;
        if (solarHour < 0) {
            solarHour += 24;
        }
        return solarHour >= 20 || solarHour < 6 ? NIGHT_WEIGHT : 1.0;
    }

    private int nearest(GeoPoint p) {
        int best = -1;
        double bestD = SAME_PLACE_M;
        for (int i = 0; i < places; i++) {
            double d = p.metresTo(new GeoPoint(lat[i], lon[i]));
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    private int weakest() {
        int w = 0;
        for (int i = 1; i < places; i++) {
            if (dwellHours[i] < dwellHours[w]) {
                w = i;
            }
        }
        return w;
    }

    /** The household's usual place, or null while it is not clear yet. */
    GeoPoint usualPlace() {
        int best = -1;
        double second = 0;
        for (int i = 0; i < places; i++) {
            if (best < 0 || dwellHours[i] > dwellHours[best]) {
                if (best >= 0) {
                    second = Math.max(second, dwellHours[best]);
                }
                best = i;
            } else {
                second = Math.max(second, dwellHours[i]);
            }
        }
        if (best < 0 || dwellHours[best] < ESTABLISHED_HOURS || dwellHours[best] < LEAD_FACTOR * second) {
            return null;
        }
        return new GeoPoint(lat[best], lon[best]);
    }

    void pairedAt(UUID chargerId, GeoPoint point) {
        ChargerPlace p = chargerPlaces.computeIfAbsent(chargerId, k -> new ChargerPlace());
        p.samples++;
        double f = 1.0 / Math.min(p.samples, 20);
        p.lat = p.samples == 1 ? point.latitude() : p.lat + (point.latitude() - p.lat) * f;
        p.lon = p.samples == 1 ? point.longitude() : p.lon + (point.longitude() - p.lon) * f;
    }

    /** Where cars stood while paired with this charger, once seen often enough; else null. */
    GeoPoint chargerPlace(UUID chargerId) {
        ChargerPlace p = chargerPlaces.get(chargerId);
        return p == null || p.samples < CHARGER_PLACE_SAMPLES ? null : new GeoPoint(p.lat, p.lon);
    }

    void forget(UUID deviceId) {
        lastFix.remove(deviceId);
        chargerPlaces.remove(deviceId);
    }
}
