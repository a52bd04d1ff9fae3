package io.evpair.engine.devices;

/** Descriptive facts about a vehicle; any may be unknown (null). */
public record VehicleInformation(String vin, String brand, String model, Integer year, String displayName,
                                 Double batteryCapacityKwh) {
}
