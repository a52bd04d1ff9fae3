package io.evpair.engine.devices;

/** The outcome of linking a device: the stored device, and whether this call created it. */
public record Registered<T>(T device, boolean created) {
}
