package io.evpair.engine.inference;

import java.time.Instant;

/**
 * A token a charger shows when this vehicle plugs in (RFID card, ISO 15118 / Autocharge id, OCPP idTag).
 *
 * @param confirmations  pairs of this vehicle that ended well while a charger showed it
 * @param shared         other vehicles of the household showed it too: a household card, "one of ours, not which"
 */
public record VehicleIdentifier(String value, IdentitySource source, int confirmations, Instant lastConfirmedAt,
                                boolean shared) {
}
