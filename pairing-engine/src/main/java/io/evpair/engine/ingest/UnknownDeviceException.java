package io.evpair.engine.ingest;

import java.util.UUID;

/** An observation named a device that is not linked (any more). */
public class UnknownDeviceException extends RuntimeException {
    private final UUID deviceId;

    public UnknownDeviceException(UUID deviceId) {
        super("device " + deviceId + " is not linked");
        this.deviceId = deviceId;
    }

    public UUID deviceId() {
        return deviceId;
    }
}
