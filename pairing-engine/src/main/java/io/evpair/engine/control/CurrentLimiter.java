package io.evpair.engine.control;

/** Limits a charger's current per phase, in amperes. */
public interface CurrentLimiter extends DeviceAdapter {
    CommandResult setMaxCurrent(DeviceAddress device, double amperes);
}
