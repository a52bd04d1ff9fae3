package io.evpair.engine.pairs;

import io.evpair.engine.inference.PairSource;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.inference.UnpairReason;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One activation of a vehicle–charger pair: when the two were plugged in, when the engine was sure enough
 * to pair them, and when it unpaired them (null while active), with the confidence and the evidence that
 * decided it. {@code reportedBy} is who said so when a client asserted or ended it (its user, an installer: free text), else null.
 * {@code source} says whether the engine decided it or the client asserted it.
 * {@code evidence} holds plain values only (numbers, strings, booleans) so any store can keep it.
 */
public record ChargingPair(UUID id, ClientId clientId, UserRef userRef, String userId, VehicleId vehicleId, ChargerId chargerId,
                           Instant pluggedInAt, Instant pairedAt, Instant unpairedAt, UnpairReason unpairReason, String reportedBy,
                           double confidence, Map<String, Object> evidence, PairSource source) {
    public ChargingPair {
        source = source == null ? PairSource.ENGINE : source;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(userRef, "userRef");
        Objects.requireNonNull(vehicleId, "vehicleId");
        Objects.requireNonNull(chargerId, "chargerId");
        Objects.requireNonNull(pairedAt, "pairedAt");
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    }

    public boolean isActive() {
        return unpairedAt == null;
    }
}
