package io.evpair.engine.inference;

import java.time.Instant;
import java.util.UUID;

/** A pair that is activated right now, with the decision that activated it. */
public record ActivePair(UUID vehicleId, UUID chargerId, Instant pairedAt, Instant pluggedInAt, double confidence,
                         PairEvidence evidence, PairSource source) {
    static ActivePair of(PairingDecision.Activated a) {
        return new ActivePair(a.vehicleId(), a.chargerId(), a.pairedAt(), a.pluggedInAt(), a.confidence(),
                a.evidence(), a.source());
    }
}
