package io.evpair.engine.users;

import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;

/** A vendor account a user has linked devices from, per device type (Enode's {@code linkedVendors}). */
public record LinkedVendor(Vendor vendor, DeviceType vendorType, boolean isValid) {
}
