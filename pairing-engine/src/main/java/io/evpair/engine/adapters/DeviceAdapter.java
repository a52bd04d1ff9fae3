package io.evpair.engine.adapters;

/**
 * A vendor integration. It is only as large as its devices: it implements the small capability
 * interfaces ({@link ChargingSwitch}, {@link CurrentLimiter}, {@link PowerLimiter}) that its devices
 * support, and the core asks with {@code instanceof} what it can do. State flows the other way, into
 * an {@link ObservationSink}.
 */
public interface DeviceAdapter {
    /** The vendor name devices of this adapter are stored under, e.g. {@code OCPP}. */
    String vendor();
}
