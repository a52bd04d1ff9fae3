package io.evpair.engine.linking;

import io.evpair.engine.devices.Charger;

/** Whether a charge point may open its OCPP connection. */
public sealed interface Admission {
    /** Known, or claimed just now ({@code claimedNow}) with a link token, as this charger. */
    record Admitted(Charger charger, boolean claimedNow) implements Admission {
    }

    /** Refused; the reason is for our logs, never for the charge point (it would help guessing). */
    record Refused(String reason) implements Admission {
    }
}
