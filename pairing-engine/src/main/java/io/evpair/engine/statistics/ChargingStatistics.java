package io.evpair.engine.statistics;

import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.observations.ObservationStore;
import io.evpair.engine.pairs.ChargingPair;
import io.evpair.engine.pairs.PairStore;
import io.evpair.engine.paging.PageRequest;
import io.evpair.engine.time.EngineTime;
import io.evpair.engine.users.UserStore;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Charging sessions of one user, from stored observations. A session of an activated pair takes its energy
 * from the charger's own meter (grid side, tagged CHARGER): what the FAQ promises "in the future". A vehicle
 * charging outside any activated pair is a session of its own, from the vehicle's figures (tagged VEHICLE).
 */
public class ChargingStatistics {
    private final UserStore users;
    private final DeviceStore devices;
    private final PairStore pairs;
    private final ObservationStore observations;
    private final EngineTime time;

    public ChargingStatistics(UserStore users, DeviceStore devices, PairStore pairs, ObservationStore observations,
                              EngineTime time) {
        this.users = users;
        this.devices = devices;
        this.pairs = pairs;
        this.observations = observations;
        this.time = time;
    }

    public enum Resolution { HOUR, DAY, WEEK, MONTH }

    /** Energy and session count per period, by each session's start; periods in UTC. */
    public record Bucket(Instant start, double kwhSum, int sessions) {
    }

    /** Empty when the client has no such user; sessions that overlap {@code [from, to]}, oldest first. */
    public Optional<List<ChargingSession>> sessions(ClientId clientId, String userId, Instant from, Instant to,
                                                    VehicleId vehicleFilter, ChargerId chargerFilter) {
        return users.find(clientId, userId).map(user -> {
            Instant now = time.now(clientId);
            List<ChargingSession> out = new ArrayList<>();
            List<ChargingPair> activations = pairs.activationsOfUser(user.id(), from, to);
            for (ChargingPair p : activations) {
                if ((vehicleFilter != null && !vehicleFilter.equals(p.vehicleId()))
                        || (chargerFilter != null && !chargerFilter.equals(p.chargerId()))) {
                    continue;
                }
                Instant start = p.pluggedInAt() != null ? p.pluggedInAt() : p.pairedAt();
                Instant end = p.unpairedAt() != null ? p.unpairedAt() : now;
                SessionEnergy.Figures charger = SessionEnergy.of(observations.ofDevice(p.chargerId().value(), start, end), start, end);
                List<Observation> vehicle = observations.ofDevice(p.vehicleId().value(), start, end);
                out.add(new ChargingSession(p.vehicleId(), p.chargerId(), start, end, charger.kwh(), EnergySource.CHARGER,
                        charger.kwMin(), charger.kwMax(), charger.kwMean(), firstBattery(vehicle), lastBattery(vehicle)));
            }
            if (chargerFilter == null) {
                List<Vehicle> vehicles = devices.vehicles(clientId, Optional.of(user.id()), PageRequest.first(PageRequest.MAX_SIZE)).items();
                for (Vehicle v : vehicles) {
                    if (vehicleFilter == null || vehicleFilter.equals(v.id())) {
                        out.addAll(vehicleOnly(v, from, to, activations));
                    }
                }
            }
            out.sort(Comparator.comparing(ChargingSession::from));
            return out;
        });
    }

    public Optional<List<Bucket>> buckets(ClientId clientId, String userId, Instant from, Instant to, Resolution resolution) {
        return sessions(clientId, userId, from, to, null, null).map(sessions -> {
            Map<Instant, double[]> totals = new LinkedHashMap<>();
            for (ChargingSession s : sessions) {
                double[] t = totals.computeIfAbsent(periodStart(s.from(), resolution), k -> new double[2]);
                t[0] += s.kwhSum();
                t[1]++;
            }
            return totals.entrySet().stream()
                    .map(e -> new Bucket(e.getKey(), Math.round(e.getValue()[0] * 1000) / 1000.0, (int) e.getValue()[1]))
                    .toList();
        });
    }

    /** Runs of a vehicle's charging reports that no activation of it covers. */
    private List<ChargingSession> vehicleOnly(Vehicle v, Instant from, Instant to, List<ChargingPair> activations) {
        List<Observation> readings = observations.ofDevice(v.id().value(), from, to).stream()
                .sorted(Comparator.comparing(Observation::observedAt)).toList();
        List<ChargingSession> out = new ArrayList<>();
        List<Observation> run = new ArrayList<>();
        for (Observation o : readings) {
            boolean charging = Boolean.TRUE.equals(o.charging());
            boolean covered = activations.stream().anyMatch(p -> p.vehicleId().equals(v.id()) && covers(p, o.observedAt()));
            if (charging && !covered) {
                run.add(o);
            } else if (!run.isEmpty()) {
                out.add(vehicleSession(v, run, o.observedAt()));
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            out.add(vehicleSession(v, run, run.get(run.size() - 1).observedAt()));
        }
        return out;
    }

    private ChargingSession vehicleSession(Vehicle v, List<Observation> run, Instant end) {
        Instant start = run.get(0).observedAt();
        SessionEnergy.Figures f = SessionEnergy.of(run, start, end);
        Double capacity = v.information().batteryCapacityKwh();
        Double first = firstBattery(run);
        Double last = lastBattery(run);
        double kwh = f.kwh();
        if (kwh == 0 && capacity != null && first != null && last != null && last > first) {
            kwh = Math.round((last - first) / 100 * capacity * 1000) / 1000.0;
        }
        return new ChargingSession(v.id(), null, start, end, kwh, EnergySource.VEHICLE, f.kwMin(), f.kwMax(), f.kwMean(),
                first, last);
    }

    private static boolean covers(ChargingPair p, Instant at) {
        Instant start = p.pluggedInAt() != null ? p.pluggedInAt() : p.pairedAt();
        return !at.isBefore(start) && (p.unpairedAt() == null || !at.isAfter(p.unpairedAt()));
    }

    private static Double firstBattery(List<Observation> readings) {
        return readings.stream().filter(o -> o.batteryLevel() != null).min(Comparator.comparing(Observation::observedAt))
                .map(Observation::batteryLevel).orElse(null);
    }

    private static Double lastBattery(List<Observation> readings) {
        return readings.stream().filter(o -> o.batteryLevel() != null).max(Comparator.comparing(Observation::observedAt))
                .map(Observation::batteryLevel).orElse(null);
    }

    static Instant periodStart(Instant at, Resolution resolution) {
        var utc = at.atZone(ZoneOffset.UTC);
        return switch (resolution) {
            case HOUR -> utc.truncatedTo(ChronoUnit.HOURS).toInstant();
            case DAY -> utc.truncatedTo(ChronoUnit.DAYS).toInstant();
            case WEEK -> utc.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toInstant();
            case MONTH -> utc.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).toInstant();
        };
    }
}
