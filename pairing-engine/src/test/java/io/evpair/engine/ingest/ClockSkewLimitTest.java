package io.evpair.engine.ingest;

import io.evpair.engine.observations.Observation;

import io.evpair.engine.ingest.ClockSkewLimit;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.devices.DeviceState;
import io.evpair.engine.ids.DeviceType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The clamp every adapter's reports go through (OCPP, vendor clouds): a clock far ahead cannot freeze a device. */
class ClockSkewLimitTest {
    private static final UUID DEVICE = UUID.randomUUID();
    private static final Instant RECEIVED = Instant.parse("2026-03-02T18:00:00Z");
    private final ClockSkewLimit limit = new ClockSkewLimit(Duration.ofMinutes(10));

    @Test
    void aReportDatedBeyondTheSkewIsDatedAtItsReceiptAndLaterReportsStillApply() {
        Observation yearAhead = report(RECEIVED.plus(Duration.ofDays(365)), RECEIVED, true);
        Observation bounded = limit.bound(yearAhead);
        assertThat(bounded.observedAt()).isEqualTo(RECEIVED);
        assertThat(bounded.pluggedIn()).isTrue();

        DeviceState state = DeviceState.unknown(DEVICE, DeviceType.CHARGER).apply(bounded)
                .apply(report(RECEIVED.plusSeconds(60), RECEIVED.plusSeconds(61), false));
        assertThat(state.pluggedIn()).isFalse();
        assertThat(state.lastUpdated()).isEqualTo(RECEIVED.plusSeconds(60));
    }

    @Test
    void aReportDatedAtItsReceiptKeepsEverythingElseItSaid() {
        Observation ahead = new Observation(DEVICE, DeviceType.CHARGER, RECEIVED.plus(Duration.ofDays(1)), RECEIVED, true,
                true, 7.2, null, null, 12.5, "VID:0A1B2C3D4E5F");
        assertThat(limit.bound(ahead)).usingRecursiveComparison().ignoringFields("observedAt").isEqualTo(ahead);
    }

    @Test
    void withinTheSkewAReportKeepsItsOwnTime() {
        Observation fast = report(RECEIVED.plus(Duration.ofMinutes(10)), RECEIVED, true);
        assertThat(limit.bound(fast)).isSameAs(fast);
        Observation late = report(RECEIVED.minus(Duration.ofDays(3)), RECEIVED, true);
        assertThat(limit.bound(late)).isSameAs(late);
    }

    @Test
    void theExtremeInstantsDoNotOverflow() {
        assertThat(limit.exceededBy(Instant.MAX, Instant.MIN)).isTrue();
        assertThat(limit.exceededBy(Instant.MIN, Instant.MAX)).isFalse();
        assertThat(limit.bound(report(Instant.MAX, RECEIVED, true)).observedAt()).isEqualTo(RECEIVED);
    }

    private static Observation report(Instant observedAt, Instant receivedAt, boolean plugged) {
        return new Observation(DEVICE, DeviceType.CHARGER, observedAt, receivedAt, plugged, false, 0.0, null, null, null);
    }
}
