package io.evpair.engine.devices;

/** Descriptive facts about a charger; any may be unknown (null). */
public record ChargerInformation(String brand, String model, Integer year, String serialNumber) {
}
