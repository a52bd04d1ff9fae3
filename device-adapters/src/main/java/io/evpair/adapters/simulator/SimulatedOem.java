package io.evpair.adapters.simulator;

import io.evpair.engine.control.ChargingSwitch;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.CurrentLimiter;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.control.PowerLimiter;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.simulator.DeviceBehaviour;
import io.evpair.engine.simulator.SimulatedCommand;
import io.evpair.engine.simulator.SimulatedOemLedger;
import java.time.Clock;
import java.util.UUID;

/**
 * The simulated OEM's command side: records every command and answers it as the device's configured
 * behaviour says. It never changes a device's state: the simulation reports that through observations,
 * exactly as a real vendor cloud would report what the car did.
 */
public class SimulatedOem implements ChargingSwitch, CurrentLimiter, PowerLimiter {
    private final SimulatedOemLedger ledger;
    private final Clock clock;

    public SimulatedOem(SimulatedOemLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public Vendor vendor() {
        return Vendor.SIMULATED;
    }

    @Override
    public CommandResult startCharging(DeviceAddress device) {
        return answer(device, "START_CHARGING", null);
    }

    @Override
    public CommandResult stopCharging(DeviceAddress device) {
        return answer(device, "STOP_CHARGING", null);
    }

    @Override
    public CommandResult setMaxCurrent(DeviceAddress device, double amperes) {
        return answer(device, "SET_MAX_CURRENT", amperes);
    }

    @Override
    public CommandResult setChargeRateLimit(DeviceAddress device, double kilowatts) {
        return answer(device, "SET_CHARGE_RATE_LIMIT", kilowatts);
    }

    private CommandResult answer(DeviceAddress device, String command, Double value) {
        DeviceBehaviour behaviour = ledger.behaviourOf(device.deviceId());
        ledger.record(new SimulatedCommand(UUID.randomUUID(), device.deviceId(), device.vendorDeviceId(), device.type(),
                command, value, clock.instant(), behaviour));
        return switch (behaviour) {
            case ACCEPT -> new CommandResult.Accepted();
            case REJECT -> new CommandResult.Rejected("the simulated OEM was set to reject commands for this device");
            case TIME_OUT -> new CommandResult.NoResponse("the simulated OEM was set not to answer");
            case OFFLINE -> new CommandResult.Unreachable("the simulated device was set offline");
        };
    }
}
