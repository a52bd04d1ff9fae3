package io.evpair.engine.devices;

import io.evpair.engine.ids.Vendor;
import java.util.Optional;

/**
 * Whether a device's own link to us is open, for vendors whose devices hold one (an OCPP charge point's
 * WebSocket): such a device is unreachable the moment it is gone, not after a silence. Empty for the others.
 */
@FunctionalInterface
public interface DeviceLinks {
    DeviceLinks NONE = (vendor, vendorDeviceId) -> Optional.empty();

    Optional<Boolean> connected(Vendor vendor, String vendorDeviceId);
}
