package io.evpair.engine.statistics;

/** Whose figures a session's energy comes from. */
public enum EnergySource {
    /** The charger's own meter, grid side: what the household pays for. */
    CHARGER,
    /** The vehicle's reported charge rate (or battery gain): battery side, after charging losses. */
    VEHICLE
}
