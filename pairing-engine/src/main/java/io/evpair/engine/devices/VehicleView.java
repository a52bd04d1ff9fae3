package io.evpair.engine.devices;

/** A vehicle as a client reads it: what it is, and its live state as of the engine's now. */
public record VehicleView(Vehicle vehicle, DeviceState state, boolean reachable) {
}
