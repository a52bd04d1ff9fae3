package io.evpair.engine.users;

import io.evpair.engine.ids.DeviceType;

/** A vendor account a user has linked devices from, per device type (Enode's {@code linkedVendors}). */
public record LinkedVendor(String vendor, DeviceType vendorType, boolean isValid) {
}
