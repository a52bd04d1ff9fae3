package io.evpair.engine.pairs;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.VehicleId;
import java.time.Instant;

/**
 * A vehicle and a charger linked to the same user: every such combination is established, and it is
 * activated while the two are plugged into each other ({@code activation} non-null then).
 */
public record EstablishedPair(VehicleId vehicleId, ChargerId chargerId, String userId, ChargingPair activation) {
    public boolean isActivated() {
        return activation != null;
    }

    public Instant pairedAt() {
        return activation == null ? null : activation.pairedAt();
    }
}
