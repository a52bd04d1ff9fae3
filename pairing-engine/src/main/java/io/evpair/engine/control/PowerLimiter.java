package io.evpair.engine.control;

/** Limits charging power, in kW (Enode's setChargeRateLimit). */
public interface PowerLimiter extends DeviceAdapter {
    CommandResult setChargeRateLimit(DeviceAddress device, double kilowatts);

    /** Lifts the limit this adapter set; the device's own limits stay. */
    default CommandResult clearChargeRateLimit(DeviceAddress device) {
        return new CommandResult.Rejected(vendor() + " devices cannot have their charge rate limit lifted");
    }
}
