package io.evpair.engine.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.observations.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants that must hold whatever the vendors send, in whatever order. */
class PairingPropertiesTest {
    static final List<UUID> VEHICLES = List.of(id(1), id(2), id(3));
    static final List<UUID> CHARGERS = List.of(id(11), id(12));
    static final Instant T0 = Instant.parse("2026-03-02T17:00:00Z");

    static UUID id(int n) {
        return new UUID(0, n);
    }

    /** A random report: which device, when it was true, how late and how skewed, and what it said. */
    record Report(int device, int minute, int skewS, int lagS, Boolean plugged, boolean charging, double kw,
                  int soc, boolean home) {
        Observation toObservation() {
            boolean vehicle = device < VEHICLES.size();
            UUID id = vehicle ? VEHICLES.get(device) : CHARGERS.get(device - VEHICLES.size());
            Instant truth = T0.plusSeconds(minute * 60L);
            return new Observation(id, vehicle ? DeviceType.VEHICLE : DeviceType.CHARGER,
                    truth.plusSeconds(skewS), truth.plusSeconds(lagS), plugged, charging && !Boolean.FALSE.equals(plugged),
                    charging ? kw : 0.0, vehicle ? (double) soc : null,
                    vehicle ? (home ? new GeoPoint(59.91, 10.75) : new GeoPoint(60.1, 10.9)) : null, null);
        }
    }

    private static final Boolean[] PLUG_STATES = {Boolean.TRUE, Boolean.FALSE, null};
    private static final double[] RATES = {3.7, 6.6, 7.4, 10.0, 11.0, 50.0};

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** A random feed of 1–300 reports, in receipt order; the seed reproduces it. */
    static List<Observation> feed(long seed) {
        Random random = new Random(seed);
        int size = 1 + random.nextInt(300);
        List<Observation> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int minute = random.nextInt(601);
            out.add(new Report(random.nextInt(VEHICLES.size() + CHARGERS.size()), minute, random.nextInt(241) - 120,
                    1 + random.nextInt(700), PLUG_STATES[random.nextInt(3)], random.nextBoolean(),
                    RATES[random.nextInt(RATES.length)], 10 + random.nextInt(91), minute % 3 != 0).toObservation());
        }
        out.sort(Comparator.comparing(Observation::receivedAt));
        return out;
    }

    private static HouseholdPairing household() {
        return new HouseholdPairing(new Household(
                VEHICLES.stream().map(v -> new VehicleProfile(v, 60.0)).toList(),
                List.of(new ChargerProfile(CHARGERS.get(0), new GeoPoint(59.91, 10.75)),
                        ChargerProfile.withoutAddress(CHARGERS.get(1)))));
    }

    private static List<PairingDecision> replay(List<Observation> feed) {
        HouseholdPairing h = household();
        List<PairingDecision> out = new ArrayList<>();
        for (Observation o : feed) {
            out.addAll(h.onObservation(o));
            out.addAll(h.advanceTo(o.receivedAt()));
        }
        return out;
    }

    /**
     * The properties above hold trivially for an engine that never pairs: most seeded histories must activate a
     * pair for them to mean anything (179 of the 200 did when the floor was set).
     */
    @Test
    void mostSeededHistoriesActivateAPair() {
        long activating = seeds().filter(seed -> replay(feed(seed)).stream()
                .anyMatch(d -> d instanceof PairingDecision.Activated)).count();

        assertThat(activating).as("seeded histories with an activation").isGreaterThanOrEqualTo(150);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sameInputsGiveTheSameDecisions(long seed) {
        List<Observation> feed = feed(seed);
        assertThat(replay(feed)).isEqualTo(replay(feed));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void exclusiveAndNeverWithAnUnpluggedDevice(long seed) {
        List<Observation> feed = feed(seed);
        HouseholdPairing h = household();
        Map<UUID, Instant> newest = new HashMap<>();
        Map<UUID, Boolean> unplugged = new HashMap<>();
        for (Observation o : feed) {
            h.onObservation(o);
            h.advanceTo(o.receivedAt());
            Instant before = newest.get(o.deviceId());
            if (before == null || o.observedAt().isAfter(before)) {
                newest.put(o.deviceId(), o.observedAt());
                unplugged.put(o.deviceId(), Boolean.FALSE.equals(o.pluggedIn()));
            }
            Set<UUID> vehicles = new HashSet<>();
            Set<UUID> chargers = new HashSet<>();
            for (ActivePair p : h.activePairs()) {
                assertThat(vehicles.add(p.vehicleId().value())).as("one vehicle on two chargers").isTrue();
                assertThat(chargers.add(p.chargerId().value())).as("two vehicles on one charger").isTrue();
                assertThat(unplugged.getOrDefault(p.vehicleId().value(), false)).as("vehicle reported unplugged").isFalse();
                assertThat(unplugged.getOrDefault(p.chargerId().value(), false)).as("charger reported unplugged").isFalse();
                assertThat(p.confidence()).isBetween(0.0, 1.0);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void decisionsAlternatePerPair(long seed) {
        Map<String, Boolean> active = new HashMap<>();
        List<PairingDecision> decisions = replay(feed(seed));
        for (PairingDecision d : decisions) {
            String key = d.vehicleId() + "/" + d.chargerId();
            boolean activation = d instanceof PairingDecision.Activated;
            assertThat(active.getOrDefault(key, false)).isNotEqualTo(activation);
            active.put(key, activation);
        }
    }
}
