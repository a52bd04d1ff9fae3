package io.evpair.engine.observations;

import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.observations.GeoPoint;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One normalized report of a device's state: what was true at {@code observedAt} (the vendor's clock,
 * possibly skewed) as it reached us at {@code receivedAt}. Vendors omit fields freely, so every reading
 * is nullable; null means "not reported", never "false" or "zero".
 *
 * @param chargeRateKw  power flowing at the device's own meter: the charger's AC side, the vehicle's battery side
 * @param batteryLevel  state of charge in percent, vehicles only
 * @param position      GPS position, vehicles only
 * @param meterKwh      the charger's cumulative energy register, when it has one (OCPP Energy.Active.Import.Register)
 * @param idTag         chargers only: who the charger says plugged in (an OCPP idTag/idToken, an RFID card, an ISO 15118
 *                      or Autocharge vehicle id, a vendor's session token), at most {@value #MAX_ID_TAG} characters
 */
public record Observation(UUID deviceId, DeviceType deviceType, Instant observedAt, Instant receivedAt,
                          Boolean pluggedIn, Boolean charging, Double chargeRateKw, Double batteryLevel,
                          GeoPoint position, Double meterKwh, String idTag) {
    /** OCPP 1.6 idTag is 20 characters, OCPP 2.0.1 idToken 36; vendor session tokens can be longer. */
    public static final int MAX_ID_TAG = 255;

    public Observation {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(deviceType, "deviceType");
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (idTag != null && idTag.length() > MAX_ID_TAG) {
            throw new IllegalArgumentException("idTag longer than " + MAX_ID_TAG + " characters");
        }
    }

    /**
     * A device's token as an observation may carry it: one longer than {@link #MAX_ID_TAG} is no token any
     * charger protocol sends, and is left out rather than refusing the whole report.
     */
    public static String idTagIfItFits(String token) {
        return token != null && token.length() <= MAX_ID_TAG ? token : null;
    }

    /** A report that says nothing about who plugged in, as most vendors' do. */
    public Observation(UUID deviceId, DeviceType deviceType, Instant observedAt, Instant receivedAt,
                       Boolean pluggedIn, Boolean charging, Double chargeRateKw, Double batteryLevel,
                       GeoPoint position, Double meterKwh) {
        this(deviceId, deviceType, observedAt, receivedAt, pluggedIn, charging, chargeRateKw, batteryLevel, position,
                meterKwh, null);
    }

    /** The same report dated {@code at} instead: how a report dated too far ahead of its receipt is bounded. */
    public Observation withObservedAt(Instant at) {
        return new Observation(deviceId, deviceType, at, receivedAt, pluggedIn, charging, chargeRateKw, batteryLevel,
                position, meterKwh, idTag);
    }
}
