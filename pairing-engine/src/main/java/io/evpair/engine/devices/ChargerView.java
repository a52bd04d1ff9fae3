package io.evpair.engine.devices;

/** A charger as a client reads it: what it is, and its live state as of the engine's now. */
public record ChargerView(Charger charger, DeviceState state, boolean reachable) {
}
