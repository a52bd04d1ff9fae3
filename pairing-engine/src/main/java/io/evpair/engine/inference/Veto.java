package io.evpair.engine.inference;

/** A single fact that rules a vehicle/charger pair out, however well everything else fits. */
enum Veto {
    NONE,
    /** Their plug-ins cannot have been the same moment. */
    PLUG_IN_TIMES,
    /** Their charging started at moments that cannot be the same. */
    CHARGE_START_TIMES,
    /** The vehicle takes more power than any home AC charger can give: it is on a DC fast charger. */
    DC_FAST_CHARGING,
    /** Charging states or rates disagree while both were steady. */
    RATES,
    /** The battery gained far more or far less than the charger delivered. */
    ENERGY,
    /** The vehicle stands far from where this charger is. */
    LOCATION
}
