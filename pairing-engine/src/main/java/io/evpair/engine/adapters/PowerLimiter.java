package io.evpair.engine.adapters;

/** Limits charging power, in kW (Enode's setChargeRateLimit). */
public interface PowerLimiter extends DeviceAdapter {
    CommandResult setChargeRateLimit(DeviceAddress device, double kilowatts);
}
