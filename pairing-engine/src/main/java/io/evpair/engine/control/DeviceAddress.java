package io.evpair.engine.control;

import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import java.util.Objects;
import java.util.UUID;

/** Everything an adapter needs to reach one device: our id, and the vendor's name for it. */
public record DeviceAddress(UUID deviceId, DeviceType type, Vendor vendor, String vendorDeviceId) {
    public DeviceAddress {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(vendorDeviceId, "vendorDeviceId");
    }
}
