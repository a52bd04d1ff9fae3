package io.evpair.engine.inference;

import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.observations.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Hand-built observations for one household, fed in received order like vendors deliver them, with the
 * engine's clock advanced minute by minute in between. Times are minutes after {@link #T0}.
 */
final class Scenario {
    static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    static final GeoPoint HOME = new GeoPoint(59.91, 10.75);
    static final GeoPoint TOWN = new GeoPoint(59.95, 10.90);

    final HouseholdPairing household;
    private final List<Observation> pending = new ArrayList<>();
    final List<PairingDecision> decisions = new ArrayList<>();
    private Instant clock = T0;
    private final Map<UUID, Duration> skew = new java.util.HashMap<>();
    private Duration lag = Duration.ofSeconds(30);
    /** Every wrong pair seen at any minute, for "never" assertions. */
    final List<String> violations = new ArrayList<>();
    private final List<UUID[]> forbidden = new ArrayList<>();
    private final Map<UUID, String> showing = new java.util.HashMap<>();

    Scenario(Household household) {
        this.household = new HouseholdPairing(household);
    }

    static Household household(List<UUID> vehicles, List<UUID> chargers) {
        return new Household(vehicles.stream().map(id -> new VehicleProfile(id, 60.0)).toList(),
                chargers.stream().map(ChargerProfile::withoutAddress).toList());
    }

    Scenario skew(UUID device, Duration d) {
        skew.put(device, d);
        return this;
    }

    Scenario lag(Duration d) {
        lag = d;
        return this;
    }

    /** The charger's plugged-in reports written from now on show {@code idTag} (null: none), as OCPP's idTag does. */
    Scenario showing(UUID charger, String idTag) {
        showing.put(charger, idTag);
        return this;
    }

    /** Fail the scenario if this pair is ever active. */
    Scenario never(UUID vehicle, UUID charger) {
        forbidden.add(new UUID[] {vehicle, charger});
        return this;
    }

    static Instant at(double minute) {
        return T0.plusMillis(Math.round(minute * 60_000));
    }

    Scenario vehicle(UUID id, double minute, Boolean plugged, boolean charging, Double kw, Double soc,
                     GeoPoint where) {
        return report(id, DeviceType.VEHICLE, minute, plugged, charging, kw, soc, where);
    }

    Scenario charger(UUID id, double minute, boolean plugged, boolean charging, double kw) {
        return report(id, DeviceType.CHARGER, minute, plugged, charging, kw, null, null);
    }

    Scenario report(UUID id, DeviceType type, double minute, Boolean plugged, boolean charging, Double kw,
                    Double soc, GeoPoint where) {
        Instant truth = at(minute);
        Instant observed = truth.plus(skew.getOrDefault(id, Duration.ZERO));
        String idTag = Boolean.TRUE.equals(plugged) ? showing.get(id) : null;
        pending.add(new Observation(id, type, observed, truth.plus(lag), plugged, charging, kw, soc, where, null, idTag));
        return this;
    }

    /** A report that reaches us late: observed at {@code minute}, received {@code late} afterwards. */
    Scenario lateReport(Observation o) {
        pending.add(o);
        return this;
    }

    /** Delivers everything received up to {@code minute}, advancing the clock a minute at a time. */
    Scenario runUntil(double minute) {
        Instant end = at(minute);
        pending.sort(Comparator.comparing(Observation::receivedAt));
        while (!clock.isAfter(end)) {
            Instant now = clock;
            while (!pending.isEmpty() && !pending.get(0).receivedAt().isAfter(now)) {
                decisions.addAll(household.onObservation(pending.remove(0)));
            }
            decisions.addAll(household.advanceTo(now));
            check(now);
            clock = clock.plus(Duration.ofMinutes(1));
        }
        return this;
    }

    private void check(Instant now) {
        for (UUID[] f : forbidden) {
            Optional<ActivePair> p = household.pairOfVehicle(new VehicleId(f[0]));
            if (p.isPresent() && p.get().chargerId().value().equals(f[1])) {
                violations.add(now + " " + f[0] + " on " + f[1]);
            }
        }
    }

    Optional<UUID> chargerOf(UUID vehicle) {
        return household.pairOfVehicle(new VehicleId(vehicle)).map(p -> p.chargerId().value());
    }

    List<PairingDecision.Activated> activations() {
        return decisions.stream().filter(d -> d instanceof PairingDecision.Activated)
                .map(d -> (PairingDecision.Activated) d).toList();
    }

    List<PairingDecision.Deactivated> deactivations() {
        return decisions.stream().filter(d -> d instanceof PairingDecision.Deactivated)
                .map(d -> (PairingDecision.Deactivated) d).toList();
    }

    /** A car parked at home through the night, reporting its position every few hours as a sleeping car does. */
    Scenario nightAtHome(UUID vehicle, double fromMinute, double toMinute) {
        for (double m = fromMinute; m <= toMinute; m += 120) {
            vehicle(vehicle, m, false, false, 0.0, 50.0, HOME);
        }
        return this;
    }
}
