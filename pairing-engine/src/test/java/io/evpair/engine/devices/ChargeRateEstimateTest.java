package io.evpair.engine.devices;

import io.evpair.engine.ids.DeviceType;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.observations.Observation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChargeRateEstimateTest {
    private static final UUID CAR = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-02T18:00:00Z");

    @Test
    void tenPercentOfSixtyKilowattHoursInAnHourIsSixKilowatts() {
        assertThat(ChargeRateEstimate.kilowatts(List.of(battery(60, 50), battery(0, 40), battery(30, 45)), 60.0)).isEqualTo(6.0);
    }

    @Test
    void noEstimateFromTooShortASpanNoGainOrNoCapacity() {
        assertThat(ChargeRateEstimate.kilowatts(List.of(battery(0, 40), battery(5, 41)), 60.0)).isNull();
        assertThat(ChargeRateEstimate.kilowatts(List.of(battery(0, 40), battery(60, 40)), 60.0)).isNull();
        assertThat(ChargeRateEstimate.kilowatts(List.of(battery(0, 40), battery(60, 50)), null)).isNull();
    }

    private static Observation battery(int minute, double level) {
        Instant at = T0.plusSeconds(minute * 60L);
        return new Observation(CAR, DeviceType.VEHICLE, at, at, true, true, null, level, null, null);
    }
}
