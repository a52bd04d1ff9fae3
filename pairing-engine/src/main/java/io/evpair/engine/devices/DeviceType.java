package io.evpair.engine.devices;

public enum DeviceType {
    VEHICLE,
    CHARGER
}
