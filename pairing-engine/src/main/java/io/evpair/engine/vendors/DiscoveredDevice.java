package io.evpair.engine.vendors;

import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.devices.VehicleInformation;

/**
 * A device found in a linked vendor account. What it can do is not said here: it is what the vendor's adapter
 * for its kind implements.
 */
public sealed interface DiscoveredDevice {
    String vendorDeviceId();

    record Vehicle(String vendorDeviceId, VehicleInformation information) implements DiscoveredDevice {
    }

    record Charger(String vendorDeviceId, ChargerInformation information, GeoPoint address) implements DiscoveredDevice {
    }
}
