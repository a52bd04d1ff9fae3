package io.evpair.engine.inference;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.VehicleId;
import java.time.Instant;

/** What the engine decided about one vehicle/charger pair. */
public sealed interface PairingDecision {
    VehicleId vehicleId();

    ChargerId chargerId();

    /**
     * The two are plugged into each other from now on.
     *
     * @param pairedAt    when the engine decided (its clock)
     * @param pluggedInAt the estimated physical plug-in, corrected for vendor clock skew
     * @param confidence  in [0,1], monotone in the assignment margin; not a calibrated probability (1 when asserted)
     * @param evidence    what decided it; null when the client asserted it
     */
    record Activated(VehicleId vehicleId, ChargerId chargerId, Instant pairedAt, Instant pluggedInAt, double confidence,
                     PairEvidence evidence, PairSource source) implements PairingDecision {
    }

    /** The pair is no longer plugged in, or never was. */
    record Deactivated(VehicleId vehicleId, ChargerId chargerId, Instant unpairedAt, UnpairReason reason)
            implements PairingDecision {
    }
}
