package io.evpair.engine.devices;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The limits chargers took: the last max current and charge rate limit each accepted (or confirmed), whoever
 * asked. What {@code chargeState.maxCurrent} and {@code chargeRateLimit} show.
 */
@FunctionalInterface
public interface AcceptedLimits {
    AcceptedLimits NONE = chargerIds -> Map.of();

    /** For the chargers that took a limit; a lifted charge rate limit reads as null. */
    Map<UUID, ChargerLimits> of(Collection<UUID> chargerIds);

    /** @param maxCurrent in A, @param chargeRateLimit in kW; null where none is set */
    record ChargerLimits(Double maxCurrent, Double chargeRateLimit) {
        public static final ChargerLimits NONE = new ChargerLimits(null, null);
    }
}
