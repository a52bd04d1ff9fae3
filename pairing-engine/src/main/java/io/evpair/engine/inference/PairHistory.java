package io.evpair.engine.inference;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** How often each vehicle was activated with each charger: which charger a car usually uses. */
final class PairHistory {
    private record Key(UUID vehicleId, UUID chargerId) {
    }

    private final Map<Key, Integer> activations = new HashMap<>();

    void activated(UUID vehicleId, UUID chargerId) {
        activations.merge(new Key(vehicleId, chargerId), 1, Integer::sum);
    }

    int count(UUID vehicleId, UUID chargerId) {
        return activations.getOrDefault(new Key(vehicleId, chargerId), 0);
    }

    /** This is the vehicle's most used charger, used at least twice. */
    boolean isUsual(UUID vehicleId, UUID chargerId) {
        int n = count(vehicleId, chargerId);
        if (n < 2) {
            return false;
        }
        for (Map.Entry<Key, Integer> e : activations.entrySet()) {
            if (e.getKey().vehicleId().equals(vehicleId) && !e.getKey().chargerId().equals(chargerId)
                    && e.getValue() >= n) {
                return false;
            }
        }
        return true;
    }

    void forget(UUID deviceId) {
        activations.keySet().removeIf(k -> k.vehicleId().equals(deviceId) || k.chargerId().equals(deviceId));
    }
}
