package io.evpair.engine.control;

import io.evpair.engine.devices.CommandCapabilities;

/** What a device can do, read from the capability interfaces its adapter implements and from nowhere else. */
public final class AdapterCapabilities {
    private AdapterCapabilities() {
    }

    public static CommandCapabilities of(DeviceAdapter adapter) {
        boolean switches = adapter instanceof ChargingSwitch;
        return new CommandCapabilities(switches, switches, adapter instanceof PowerLimiter,
                adapter instanceof CurrentLimiter);
    }
}
