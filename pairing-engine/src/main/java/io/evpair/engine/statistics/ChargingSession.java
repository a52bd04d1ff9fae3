package io.evpair.engine.statistics;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.VehicleId;
import java.time.Instant;

/**
 * One charging session. {@code chargerId} is null for a vehicle charging away from its user's chargers.
 * The kW figures are over the readings taken while charging.
 */
public record ChargingSession(VehicleId vehicleId, ChargerId chargerId, Instant from, Instant to, double kwhSum,
                              EnergySource energySource, Double kwMin, Double kwMax, Double kwMean,
                              Double batteryLevelStart, Double batteryLevelEnd) {
}
