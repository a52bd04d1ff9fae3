package io.evpair.api.simulator;

import io.evpair.engine.devices.CommandCapabilities;
import io.swagger.v3.oas.annotations.media.Schema;

/** Which commands the simulated OEM lets a device carry out itself; omitted ones are false. */
@Schema(name = "SimulatedCapabilities")
record SimulatedCapabilities(Boolean startCharging, Boolean stopCharging, Boolean setChargeRateLimit,
                             Boolean setMaxCurrent) {
    CommandCapabilities toDomain() {
        return new CommandCapabilities(isTrue(startCharging), isTrue(stopCharging), isTrue(setChargeRateLimit),
                isTrue(setMaxCurrent));
    }

    static CommandCapabilities orNone(SimulatedCapabilities capabilities) {
        return capabilities == null ? CommandCapabilities.NONE : capabilities.toDomain();
    }

    private static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
