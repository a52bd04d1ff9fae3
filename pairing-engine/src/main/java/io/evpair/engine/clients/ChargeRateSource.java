package io.evpair.engine.clients;

/** Where a paired vehicle's {@code chargeRate} comes from (SPEC §3, per-client features). */
public enum ChargeRateSource {
    /** The activated charger's own reading: grid side, measured. */
    CHARGER,
    /** The vehicle's own figure or an estimate from battery level; the charger is ignored. */
    VEHICLE_ESTIMATE
}
