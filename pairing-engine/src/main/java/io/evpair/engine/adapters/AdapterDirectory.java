package io.evpair.engine.adapters;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The adapters of this instance by vendor, and how to carry one command out with whichever can. */
public final class AdapterDirectory {
    private final Map<String, DeviceAdapter> byVendor;

    public AdapterDirectory(List<DeviceAdapter> adapters) {
        this.byVendor = adapters.stream().collect(Collectors.toMap(DeviceAdapter::vendor, Function.identity(), (a, b) -> a));
    }

    /** Whether commands to this vendor's devices should be sent off the caller's thread. */
    public boolean answersLater(String vendor) {
        return byVendor.get(vendor) instanceof AnswersLater;
    }

    public CommandResult startCharging(DeviceAddress device) {
        return byVendor.get(device.vendor()) instanceof ChargingSwitch s ? s.startCharging(device) : unsupported(device);
    }

    public CommandResult stopCharging(DeviceAddress device) {
        return byVendor.get(device.vendor()) instanceof ChargingSwitch s ? s.stopCharging(device) : unsupported(device);
    }

    public CommandResult setMaxCurrent(DeviceAddress device, double amperes) {
        return byVendor.get(device.vendor()) instanceof CurrentLimiter l ? l.setMaxCurrent(device, amperes) : unsupported(device);
    }

    public CommandResult clearChargeRateLimit(DeviceAddress device) {
        return byVendor.get(device.vendor()) instanceof PowerLimiter l ? l.clearChargeRateLimit(device) : unsupported(device);
    }

    public CommandResult setChargeRateLimit(DeviceAddress device, double kilowatts) {
        return byVendor.get(device.vendor()) instanceof PowerLimiter l ? l.setChargeRateLimit(device, kilowatts) : unsupported(device);
    }

    private static CommandResult unsupported(DeviceAddress device) {
        return new CommandResult.Rejected("this instance has no " + device.vendor() + " adapter that can do that");
    }
}
