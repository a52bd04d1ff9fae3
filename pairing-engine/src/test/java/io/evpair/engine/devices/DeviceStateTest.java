package io.evpair.engine.devices;

import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.ids.DeviceType;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.observations.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeviceStateTest {
    private static final UUID CAR = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-02T18:00:00Z");

    @Test
    void aLateReportOfAnOlderStateChangesOnlyLastSeen() {
        DeviceState state = DeviceState.unknown(CAR, DeviceType.VEHICLE)
                .apply(report(10, 11, true, true, 7.0, 50.0))
                .apply(report(5, 20, false, false, 0.0, 40.0));

        assertThat(state.pluggedIn()).isTrue();
        assertThat(state.charging()).isTrue();
        assertThat(state.batteryLevel()).isEqualTo(50.0);
        assertThat(state.lastUpdated()).isEqualTo(T0.plusSeconds(600));
        assertThat(state.lastSeen()).isEqualTo(T0.plusSeconds(1200));
    }

    @Test
    void aReportWithoutReadingsIsASignOfLifeOnly() {
        DeviceState state = DeviceState.unknown(CAR, DeviceType.VEHICLE)
                .apply(report(30, 30, null, null, null, null))
                .apply(report(10, 31, true, true, 7.0, 50.0));

        assertThat(state.lastSeen()).isEqualTo(T0.plusSeconds(31 * 60));
        assertThat(state.lastUpdated()).isEqualTo(T0.plusSeconds(600));
        assertThat(state.charging()).isTrue();
    }

    @Test
    void aMissingFieldKeepsTheLastKnownValue() {
        DeviceState state = DeviceState.unknown(CAR, DeviceType.VEHICLE)
                .apply(report(1, 1, true, false, 0.0, 61.0))
                .apply(report(2, 2, null, null, null, 62.0));

        assertThat(state.pluggedIn()).isTrue();
        assertThat(state.charging()).isFalse();
        assertThat(state.batteryLevel()).isEqualTo(62.0);
        assertThat(state.lastUpdated()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void chargingImpliesPluggedInAndUnpluggedImpliesNotCharging() {
        DeviceState charging = DeviceState.unknown(CAR, DeviceType.VEHICLE).apply(report(1, 1, null, true, 6.5, null));
        DeviceState unplugged = charging.apply(report(2, 2, false, null, null, null));

        assertThat(charging.pluggedIn()).isTrue();
        assertThat(charging.powerDeliveryState()).isEqualTo(PowerDeliveryState.PLUGGED_IN_CHARGING);
        assertThat(unplugged.charging()).isFalse();
        assertThat(unplugged.chargeRateKw()).isZero();
        assertThat(unplugged.powerDeliveryState()).isEqualTo(PowerDeliveryState.UNPLUGGED);
    }

    @Test
    void powerDeliveryStateFollowsPlugAndCharge() {
        DeviceState base = DeviceState.unknown(CAR, DeviceType.VEHICLE);

        assertThat(base.powerDeliveryState()).isEqualTo(PowerDeliveryState.UNKNOWN);
        assertThat(base.apply(report(1, 1, true, false, 0.0, 40.0)).powerDeliveryState())
                .isEqualTo(PowerDeliveryState.PLUGGED_IN_STOPPED);
        assertThat(base.apply(report(1, 1, true, false, 0.0, 100.0)).powerDeliveryState())
                .isEqualTo(PowerDeliveryState.PLUGGED_IN_COMPLETE);
    }

    @Test
    void aPositionIsKeptWithItsOwnTime() {
        DeviceState state = DeviceState.unknown(CAR, DeviceType.VEHICLE)
                .apply(withPosition(report(10, 10, true, false, 0.0, 50.0), 59.9, 10.7))
                .apply(report(12, 12, true, false, 0.0, 50.0));

        assertThat(state.position()).isEqualTo(new GeoPoint(59.9, 10.7));
        assertThat(state.positionUpdatedAt()).isEqualTo(T0.plusSeconds(600));
    }

    @Test
    void reachableWhileHeardFromWithinTheTolerance() {
        DeviceState state = DeviceState.unknown(CAR, DeviceType.VEHICLE).apply(report(0, 0, true, false, 0.0, 50.0));

        assertThat(state.isReachableAt(T0.plus(Duration.ofMinutes(60)), Duration.ofHours(1))).isTrue();
        assertThat(state.isReachableAt(T0.plus(Duration.ofMinutes(61)), Duration.ofHours(1))).isFalse();
        assertThat(DeviceState.unknown(CAR, DeviceType.VEHICLE).isReachableAt(T0, Duration.ofHours(1))).isFalse();
    }

    static Observation report(int observedMinute, int receivedMinute, Boolean plugged, Boolean charging, Double rate,
                              Double battery) {
        return new Observation(CAR, DeviceType.VEHICLE, T0.plusSeconds(observedMinute * 60L),
                T0.plusSeconds(receivedMinute * 60L), plugged, charging, rate, battery, null, null);
    }

    private static Observation withPosition(Observation o, double lat, double lon) {
        return new Observation(o.deviceId(), o.deviceType(), o.observedAt(), o.receivedAt(), o.pluggedIn(), o.charging(),
                o.chargeRateKw(), o.batteryLevel(), new GeoPoint(lat, lon), o.meterKwh());
    }
}
