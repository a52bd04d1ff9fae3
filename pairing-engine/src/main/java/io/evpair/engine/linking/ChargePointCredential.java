package io.evpair.engine.linking;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import java.time.Instant;
import java.util.Objects;

/**
 * How an OCPP charge point proves who it is after it was claimed: the hash of the HTTP Basic password it
 * claimed itself with (OCPP security profile 1). The identity is global: one charge point, one charger.
 */
public record ChargePointCredential(String chargePointId, ChargerId chargerId, ClientId clientId, String passwordHash,
                                    Instant claimedAt) {
    public ChargePointCredential {
        Objects.requireNonNull(chargePointId, "chargePointId");
        Objects.requireNonNull(chargerId, "chargerId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(claimedAt, "claimedAt");
    }
}
