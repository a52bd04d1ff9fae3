package io.evpair.persistence.observations;

import io.evpair.engine.observations.Observation;

/**
 * A stable 64-bit hash of everything an observation says (FNV-1a over a canonical text), so a delivery
 * repeated by a vendor or a client retry is recognised by content. Stable across JVMs and releases,
 * unlike {@code hashCode}.
 */
final class ObservationFingerprint {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private ObservationFingerprint() {
    }

    static long of(Observation o) {
        String canonical = o.deviceType() + "|" + o.observedAt() + "|" + o.receivedAt() + "|" + o.pluggedIn() + "|"
                + o.charging() + "|" + o.chargeRateKw() + "|" + o.batteryLevel() + "|"
                + (o.position() == null ? "null" : o.position().latitude() + "," + o.position().longitude()) + "|"
                + o.meterKwh()
                // appended only when present, so that reports without one keep the fingerprints stored before it
                + (o.idTag() == null ? "" : "|" + o.idTag());
        long hash = OFFSET;
        for (int i = 0; i < canonical.length(); i++) {
            hash ^= canonical.charAt(i);
            hash *= PRIME;
        }
        return hash;
    }
}
