package io.evpair.engine.vendors;

import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.devices.GeoPoint;
import io.evpair.engine.devices.VehicleInformation;

/** A device found in a linked vendor account, with what it can do as that vendor's adapter drives it. */
public sealed interface DiscoveredDevice {
    String vendorDeviceId();

    record Vehicle(String vendorDeviceId, VehicleInformation information, CommandCapabilities capabilities)
            implements DiscoveredDevice {
    }

    record Charger(String vendorDeviceId, ChargerInformation information, CommandCapabilities capabilities,
                   GeoPoint address) implements DiscoveredDevice {
    }
}
