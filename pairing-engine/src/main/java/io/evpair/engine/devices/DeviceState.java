package io.evpair.engine.devices;

import io.evpair.engine.observations.GeoPoint;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.observations.Observation;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The live state of one device, projected from its observations. Vendors report late, out of order and
 * with fields missing, so: a report older than the state ({@code observedAt} before {@code lastUpdated}),
 * or one without any reading (a heartbeat), changes nothing but {@code lastSeen}; a missing field keeps the
 * last known value; and what a report implies is filled in (charging means plugged in; unplugged means not
 * charging).
 *
 * @param lastSeen    the latest time we heard from the device ({@code receivedAt})
 * @param lastUpdated the vendor time ({@code observedAt}) of the report the state is based on
 */
public record DeviceState(UUID deviceId, DeviceType type, Instant lastSeen, Instant lastUpdated,
                          Boolean pluggedIn, Boolean charging, Double chargeRateKw, Double batteryLevel,
                          GeoPoint position, Instant positionUpdatedAt, Double meterKwh) {

    public DeviceState {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(type, "type");
    }

    public static DeviceState unknown(UUID deviceId, DeviceType type) {
        return new DeviceState(deviceId, type, null, null, null, null, null, null, null, null, null);
    }

    public DeviceState apply(Observation o) {
        Instant seen = lastSeen == null || o.receivedAt().isAfter(lastSeen) ? o.receivedAt() : lastSeen;
        GeoPoint newPosition = position;
        Instant newPositionAt = positionUpdatedAt;
        if (o.position() != null && (positionUpdatedAt == null || !o.observedAt().isBefore(positionUpdatedAt))) {
            newPosition = o.position();
            newPositionAt = o.observedAt();
        }
        boolean signOfLifeOnly = o.pluggedIn() == null && o.charging() == null && o.chargeRateKw() == null
                && o.batteryLevel() == null && o.position() == null && o.meterKwh() == null;
        if (signOfLifeOnly || (lastUpdated != null && o.observedAt().isBefore(lastUpdated))) {
            return new DeviceState(deviceId, type, seen, lastUpdated, pluggedIn, charging, chargeRateKw, batteryLevel,
                    newPosition, newPositionAt, meterKwh);
        }
        Boolean plugged = firstKnown(o.pluggedIn(), pluggedIn);
        Boolean isCharging = firstKnown(o.charging(), charging);
        Double rate = firstKnown(o.chargeRateKw(), chargeRateKw);
        if (Boolean.TRUE.equals(o.charging()) && o.pluggedIn() == null) {
            plugged = true;
        }
        if (Boolean.FALSE.equals(o.pluggedIn())) {
            isCharging = false;
            rate = o.chargeRateKw() == null ? 0.0 : o.chargeRateKw();
        }
        if (Boolean.FALSE.equals(o.charging()) && o.chargeRateKw() == null) {
            rate = 0.0;
        }
        // The 0 known while it was not charging says nothing once charging starts: the rate is unknown until read.
        if (Boolean.TRUE.equals(o.charging()) && !Boolean.TRUE.equals(charging) && o.chargeRateKw() == null) {
            rate = null;
        }
        return new DeviceState(deviceId, type, seen, o.observedAt(), plugged, isCharging, rate,
                firstKnown(o.batteryLevel(), batteryLevel), newPosition, newPositionAt,
                firstKnown(o.meterKwh(), meterKwh));
    }

    public PowerDeliveryState powerDeliveryState() {
        if (Boolean.FALSE.equals(pluggedIn)) {
            return PowerDeliveryState.UNPLUGGED;
        }
        if (Boolean.TRUE.equals(charging)) {
            return chargeRateKw != null && chargeRateKw < 0
                    ? PowerDeliveryState.PLUGGED_IN_DISCHARGING : PowerDeliveryState.PLUGGED_IN_CHARGING;
        }
        if (Boolean.TRUE.equals(pluggedIn)) {
            return batteryLevel != null && batteryLevel >= 100
                    ? PowerDeliveryState.PLUGGED_IN_COMPLETE : PowerDeliveryState.PLUGGED_IN_STOPPED;
        }
        return PowerDeliveryState.UNKNOWN;
    }

    public boolean isReachableAt(Instant now, java.time.Duration silenceTolerated) {
        return lastSeen != null && !lastSeen.plus(silenceTolerated).isBefore(now);
    }

    private static <T> T firstKnown(T reported, T known) {
        return reported != null ? reported : known;
    }
}
