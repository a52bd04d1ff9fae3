package io.evpair.engine.pairs;

import java.time.Instant;
import java.util.UUID;

/**
 * A vehicle and a charger linked to the same user: every such combination is established, and it is
 * activated while the two are plugged into each other ({@code activation} non-null then).
 */
public record EstablishedPair(UUID vehicleId, UUID chargerId, String userId, ChargingPair activation) {
    public boolean isActivated() {
        return activation != null;
    }

    public Instant pairedAt() {
        return activation == null ? null : activation.pairedAt();
    }
}
