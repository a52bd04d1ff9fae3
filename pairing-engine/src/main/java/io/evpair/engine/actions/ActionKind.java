package io.evpair.engine.actions;

/** What an action asks a device to do. */
public enum ActionKind {
    START,
    STOP,
    /** Amperes, chargers only (SPEC §3: no vehicle max-current through the pair). */
    SET_MAX_CURRENT,
    /** Kilowatts; for a vehicle it goes to its activated charger. */
    SET_CHARGE_RATE_LIMIT
}
