package io.evpair.engine.devices;

/** A vendor device that one user of the client already has cannot be linked to another of its users. */
public class DeviceLinkedElsewhereException extends RuntimeException {
    private final String vendorDeviceId;

    public DeviceLinkedElsewhereException(String vendorDeviceId) {
        super("vendor device '" + vendorDeviceId + "' is already linked to another user");
        this.vendorDeviceId = vendorDeviceId;
    }

    public String vendorDeviceId() {
        return vendorDeviceId;
    }
}
