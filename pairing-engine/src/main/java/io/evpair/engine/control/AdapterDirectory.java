package io.evpair.engine.control;

import io.evpair.engine.ids.Vendor;
import java.util.List;
import java.util.Optional;

/** The adapters of this instance by vendor and device kind, and how to carry one command out with whichever can. */
public final class AdapterDirectory {
    private final List<DeviceAdapter> adapters;

    public AdapterDirectory(List<DeviceAdapter> adapters) {
        this.adapters = List.copyOf(adapters);
    }

    /** Whether commands to this vendor's devices should be sent off the caller's thread. */
    public boolean answersLater(Vendor vendor) {
        return adapters.stream().anyMatch(a -> a.vendor().equals(vendor) && a instanceof AnswersLater);
    }

    public CommandResult startCharging(DeviceAddress device) {
        return adapter(device).orElse(null) instanceof ChargingSwitch s ? s.startCharging(device) : unsupported(device);
    }

    public CommandResult stopCharging(DeviceAddress device) {
        return adapter(device).orElse(null) instanceof ChargingSwitch s ? s.stopCharging(device) : unsupported(device);
    }

    public CommandResult setMaxCurrent(DeviceAddress device, double amperes) {
        return adapter(device).orElse(null) instanceof CurrentLimiter l ? l.setMaxCurrent(device, amperes) : unsupported(device);
    }

    public CommandResult clearChargeRateLimit(DeviceAddress device) {
        return adapter(device).orElse(null) instanceof PowerLimiter l ? l.clearChargeRateLimit(device) : unsupported(device);
    }

    public CommandResult setChargeRateLimit(DeviceAddress device, double kilowatts) {
        return adapter(device).orElse(null) instanceof PowerLimiter l ? l.setChargeRateLimit(device, kilowatts) : unsupported(device);
    }

    /** The first adapter of the device's vendor that can maintain its kind of device, if any can. */
    public Optional<ChargerMaintenance> maintenance(DeviceAddress device) {
        return adapters.stream().filter(a -> a.vendor().equals(device.vendor()) && a.kinds().contains(device.type()))
                .filter(ChargerMaintenance.class::isInstance).map(ChargerMaintenance.class::cast).findFirst();
    }

    /** The first adapter of the device's vendor that drives its kind. */
    private Optional<DeviceAdapter> adapter(DeviceAddress device) {
        return adapters.stream().filter(a -> a.vendor().equals(device.vendor()) && a.kinds().contains(device.type()))
                .findFirst();
    }

    private static CommandResult unsupported(DeviceAddress device) {
        return new CommandResult.Rejected("this instance has no " + device.vendor() + " "
                + device.type().name().toLowerCase() + " adapter that can do that");
    }
}
