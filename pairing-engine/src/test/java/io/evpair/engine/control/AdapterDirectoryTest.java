package io.evpair.engine.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One adapter per vendor and kind: a command reaches the adapter of the device's kind, and only if it implements it. */
class AdapterDirectoryTest {
    private static final DeviceAddress CAR = new DeviceAddress(UUID.randomUUID(), DeviceType.VEHICLE, new Vendor("ACME"), "car-1");
    private static final DeviceAddress WALL = new DeviceAddress(UUID.randomUUID(), DeviceType.CHARGER, new Vendor("ACME"), "wall-1");

    /** Reads only: no capability interface. */
    private record Wall() implements DeviceAdapter {
        public Vendor vendor() {
            return new Vendor("ACME");
        }

        public Set<DeviceType> kinds() {
            return Set.of(DeviceType.CHARGER);
        }
    }

    private record Car() implements ChargingSwitch, PowerLimiter {
        public Vendor vendor() {
            return new Vendor("ACME");
        }

        public Set<DeviceType> kinds() {
            return Set.of(DeviceType.VEHICLE);
        }

        public CommandResult startCharging(DeviceAddress device) {
            return new CommandResult.Accepted();
        }

        public CommandResult stopCharging(DeviceAddress device) {
            return new CommandResult.Accepted();
        }

        public CommandResult setChargeRateLimit(DeviceAddress device, double kilowatts) {
            return new CommandResult.Accepted();
        }
    }

    private final AdapterDirectory adapters = new AdapterDirectory(List.of(new Wall(), new Car()));

    @Test
    void aCommandGoesToTheAdapterOfTheDevicesKind() {
        assertThat(adapters.startCharging(CAR)).isEqualTo(new CommandResult.Accepted());
        assertThat(adapters.setChargeRateLimit(CAR, 7)).isEqualTo(new CommandResult.Accepted());
        assertThat(adapters.startCharging(WALL)).isInstanceOf(CommandResult.Rejected.class);
        assertThat(adapters.setMaxCurrent(CAR, 16)).isInstanceOf(CommandResult.Rejected.class);
    }

    @Test
    void capabilitiesAreTheImplementedInterfaces() {
        assertThat(AdapterCapabilities.of(new Car())).isEqualTo(new CommandCapabilities(true, true, true, false));
        assertThat(AdapterCapabilities.of(new Wall())).isEqualTo(CommandCapabilities.NONE);
    }
}
