package io.evpair.engine.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.devices.DeviceState;
import io.evpair.engine.ids.DeviceType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PollCadenceTest {
    private final PollCadence cadence = new PollCadence(Duration.ofMinutes(1), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1));
    private final UUID device = UUID.randomUUID();

    @Test
    void pluggedInOrChargingIsPolledOftenIdleRarely() {
        DeviceState unknown = DeviceState.unknown(device, DeviceType.VEHICLE);
        DeviceState plugged = new DeviceState(device, DeviceType.VEHICLE, null, null, true, false, 0.0, null, null, null, null);
        DeviceState idle = new DeviceState(device, DeviceType.VEHICLE, null, null, false, false, 0.0, null, null, null, null);

        assertThat(cadence.after(plugged)).isEqualTo(Duration.ofMinutes(1));
        assertThat(cadence.after(idle)).isEqualTo(Duration.ofMinutes(15));
        assertThat(cadence.after(unknown)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void backoffDoublesWithJitterUpToTheCap() {
        assertThat(cadence.backoff(1, () -> 0.5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(cadence.backoff(3, () -> 0.5)).isEqualTo(Duration.ofMinutes(4));
        assertThat(cadence.backoff(3, () -> 0.0)).isEqualTo(Duration.ofMinutes(2));
        assertThat(cadence.backoff(3, () -> 0.999)).isLessThan(Duration.ofMinutes(6));
        assertThat(cadence.backoff(40, () -> 0.9)).isEqualTo(Duration.ofHours(1));
    }
}
