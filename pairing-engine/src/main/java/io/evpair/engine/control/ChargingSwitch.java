package io.evpair.engine.control;

/** Starts and stops charging on a device. */
public interface ChargingSwitch extends DeviceAdapter {
    CommandResult startCharging(DeviceAddress device);

    CommandResult stopCharging(DeviceAddress device);
}
