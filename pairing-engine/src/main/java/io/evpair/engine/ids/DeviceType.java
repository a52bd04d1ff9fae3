package io.evpair.engine.ids;

public enum DeviceType {
    VEHICLE,
    CHARGER
}
