package io.evpair.engine.inference;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.VehicleId;
import java.time.Instant;

/** A pair that is activated right now, with the decision that activated it. */
public record ActivePair(VehicleId vehicleId, ChargerId chargerId, Instant pairedAt, Instant pluggedInAt, double confidence,
                         PairEvidence evidence, PairSource source) {
    static ActivePair of(PairingDecision.Activated a) {
        return new ActivePair(a.vehicleId(), a.chargerId(), a.pairedAt(), a.pluggedInAt(), a.confidence(),
                a.evidence(), a.source());
    }
}
