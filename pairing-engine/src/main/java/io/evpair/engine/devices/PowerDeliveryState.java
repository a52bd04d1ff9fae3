package io.evpair.engine.devices;

/** Enode's {@code powerDeliveryState}, derived from what a device last reported. */
public enum PowerDeliveryState {
    UNKNOWN("UNKNOWN"),
    UNPLUGGED("UNPLUGGED"),
    PLUGGED_IN_INITIALIZING("PLUGGED_IN:INITIALIZING"),
    PLUGGED_IN_CHARGING("PLUGGED_IN:CHARGING"),
    PLUGGED_IN_STOPPED("PLUGGED_IN:STOPPED"),
    PLUGGED_IN_COMPLETE("PLUGGED_IN:COMPLETE"),
    PLUGGED_IN_NO_POWER("PLUGGED_IN:NO_POWER"),
    PLUGGED_IN_FAULT("PLUGGED_IN:FAULT"),
    PLUGGED_IN_DISCHARGING("PLUGGED_IN:DISCHARGING");

    private final String wireName;

    PowerDeliveryState(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
