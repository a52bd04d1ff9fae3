package io.evpair.engine.statistics;

import java.time.Instant;
import java.util.UUID;

/**
 * One charging session. {@code chargerId} is null for a vehicle charging away from its user's chargers.
 * The kW figures are over the readings taken while charging.
 */
public record ChargingSession(UUID vehicleId, UUID chargerId, Instant from, Instant to, double kwhSum,
                              EnergySource energySource, Double kwMin, Double kwMax, Double kwMean,
                              Double batteryLevelStart, Double batteryLevelEnd) {
}
