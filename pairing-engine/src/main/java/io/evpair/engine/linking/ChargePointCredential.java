package io.evpair.engine.linking;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * How an OCPP charge point proves who it is after it was claimed: the hash of the HTTP Basic password it
 * claimed itself with (OCPP security profile 1). The identity is global: one charge point, one charger.
 */
public record ChargePointCredential(String chargePointId, UUID chargerId, UUID clientId, String passwordHash,
                                    Instant claimedAt) {
    public ChargePointCredential {
        Objects.requireNonNull(chargePointId, "chargePointId");
        Objects.requireNonNull(chargerId, "chargerId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(claimedAt, "claimedAt");
    }
}
