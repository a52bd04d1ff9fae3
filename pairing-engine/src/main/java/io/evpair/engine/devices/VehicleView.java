package io.evpair.engine.devices;

/**
 * A vehicle as a client reads it: what it is, its live state as of the engine's now, and the charger it is
 * plugged into when that pair is activated (else null).
 */
public record VehicleView(Vehicle vehicle, DeviceState state, boolean reachable, java.util.UUID pluggedInChargerId) {
}
