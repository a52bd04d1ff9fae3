package io.evpair.engine.control;

import io.evpair.engine.ids.Vendor;
import io.evpair.engine.observations.ObservationSink;
import io.evpair.engine.ids.DeviceType;
import java.util.EnumSet;
import java.util.Set;

/**
 * A vendor integration. It is only as large as its devices: it implements the small capability
 * interfaces ({@link ChargingSwitch}, {@link CurrentLimiter}, {@link PowerLimiter}) that its devices
 * support, and the core asks with {@code instanceof} what it can do ({@link AdapterCapabilities}): nothing
 * else says what a device of this adapter can do. State flows the other way, into an {@link ObservationSink}.
 */
public interface DeviceAdapter {
    /** The vendor name devices of this adapter are stored under, e.g. {@code OCPP}. */
    Vendor vendor();

    /** The kinds of device this adapter drives; a vendor with vehicles and chargers has one adapter per kind. */
    default Set<DeviceType> kinds() {
        return EnumSet.allOf(DeviceType.class);
    }
}
