package io.evpair.engine.inference;

import io.evpair.engine.observations.GeoPoint;
import java.util.Objects;
import java.util.UUID;

/**
 * What pairing needs to know about a linked charger.
 *
 * @param address what the user typed into the vendor's app, or null. Often absent and sometimes wrong, so it may
 *                confirm a vehicle's position but never rules one out
 */
public record ChargerProfile(UUID id, GeoPoint address) {
    public ChargerProfile {
        Objects.requireNonNull(id, "id");
    }

    public static ChargerProfile withoutAddress(UUID id) {
        return new ChargerProfile(id, null);
    }
}
