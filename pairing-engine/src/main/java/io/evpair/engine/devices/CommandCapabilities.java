package io.evpair.engine.devices;

/**
 * The commands a device can carry out by itself, as its vendor declares them. What a client sees may be
 * more: a paired charger can unlock commands its vehicle lacks.
 */
public record CommandCapabilities(boolean startCharging, boolean stopCharging, boolean setChargeRateLimit,
                                  boolean setMaxCurrent) {
    public static final CommandCapabilities NONE = new CommandCapabilities(false, false, false, false);
}
