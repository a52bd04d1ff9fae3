package io.evpair.engine.inference;

import io.evpair.engine.observations.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Pairing for many users: routes each observation to its device's {@link HouseholdPairing}. A convenience for
 * single-threaded callers (the replay harness, a single-node service); a parallel service keeps one
 * {@link HouseholdPairing} per user instead and gives each to one thread at a time.
 */
public final class PairingEngine {
    private final Map<String, HouseholdPairing> households = new LinkedHashMap<>();
    private final Map<UUID, HouseholdPairing> byDevice = new HashMap<>();

    /** The user's household, created empty on first use. */
    public HouseholdPairing household(String userKey) {
        return households.computeIfAbsent(userKey, k -> new HouseholdPairing(new Household(List.of(), List.of())));
    }

    public void link(String userKey, VehicleProfile vehicle) {
        HouseholdPairing h = household(userKey);
        h.addVehicle(vehicle);
        byDevice.put(vehicle.id(), h);
    }

    public void link(String userKey, ChargerProfile charger) {
        HouseholdPairing h = household(userKey);
        h.addCharger(charger);
        byDevice.put(charger.id(), h);
    }

    public List<PairingDecision> unlink(UUID deviceId) {
        HouseholdPairing h = byDevice.remove(deviceId);
        return h == null ? List.of() : h.removeDevice(deviceId);
    }

    /** @throws IllegalArgumentException for a device that was never linked */
    public List<PairingDecision> onObservation(Observation o) {
        HouseholdPairing h = byDevice.get(o.deviceId());
        if (h == null) {
            throw new IllegalArgumentException("unknown device " + o.deviceId());
        }
        return h.onObservation(o);
    }

    public List<PairingDecision> advanceTo(Instant now) {
        List<PairingDecision> out = new ArrayList<>(0);
        for (HouseholdPairing h : households.values()) {
            out.addAll(h.advanceTo(now));
        }
        return out;
    }

    public List<ActivePair> activePairs() {
        List<ActivePair> out = new ArrayList<>();
        for (HouseholdPairing h : households.values()) {
            out.addAll(h.activePairs());
        }
        return out;
    }

    public Optional<HouseholdPairing> householdOf(UUID deviceId) {
        return Optional.ofNullable(byDevice.get(deviceId));
    }
}
